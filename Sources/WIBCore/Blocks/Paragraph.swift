/// A paragraph of running text.
public struct Paragraph: Sendable, Hashable, Codable {
    /// The paragraph's text.
    public var content: [Inline]
    /// Where it came from.
    public var range: SourceRange

    /// Creates a paragraph.
    public init(content: [Inline], range: SourceRange) {
        self.content = content
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case content, range = "source" }
}
