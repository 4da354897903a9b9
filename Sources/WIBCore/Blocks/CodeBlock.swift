/// A block of literal text, shown as it is: a fenced code block in Markdown. Posts do not have
/// them; packs use them for their Mermaid charts, and Markdown read back keeps them.
public struct CodeBlock: Sendable, Hashable, Codable {
    /// The fence's info string (`mermaid`), if any.
    public var info: String?
    /// The text, line by line, without a final newline.
    public var literal: String
    /// Where it came from.
    public var range: SourceRange

    /// Creates a code block.
    public init(info: String? = nil, literal: String, range: SourceRange) {
        self.info = info
        self.literal = literal
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case info, literal, range = "source" }
}
