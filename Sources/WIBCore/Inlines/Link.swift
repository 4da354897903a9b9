/// A hyperlink: a destination and the inlines that form its text.
public struct Link: Sendable, Hashable, Codable {
    /// Where the link points (a URL, or a post anchor such as `#2024-06-27-dprk`).
    public var destination: String
    /// An optional title (shown as a tooltip in HTML).
    public var title: String?
    /// The link's text.
    public var content: [Inline]

    /// Creates a link.
    public init(destination: String, title: String? = nil, content: [Inline]) {
        self.destination = destination
        self.title = title
        self.content = content
    }

    private enum CodingKeys: String, CodingKey { case destination, title, content = "children" }
}
