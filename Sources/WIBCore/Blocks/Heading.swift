/// A section heading ("Tomorrow’s Meeting", "Key Issues and Options").
public struct Heading: Sendable, Hashable, Codable {
    /// The level, 1 (highest) to 6. Headings read from a post's body are level 2; level 1 is the
    /// post's title.
    public var level: Int
    /// The heading's text.
    public var content: [Inline]
    /// Where it came from.
    public var range: SourceRange
    /// The anchor that links to it (`sudan-open-briefing`), when a document gives it one; HTML
    /// writes it as the heading's `id`. Posts' own headings have none.
    public var anchor: String?

    /// Creates a heading.
    public init(level: Int, content: [Inline], range: SourceRange, anchor: String? = nil) {
        self.level = min(max(level, 1), 6)
        self.content = content
        self.range = range
        self.anchor = anchor
    }

    private enum CodingKeys: String, CodingKey { case level, content, range = "source", anchor }
}
