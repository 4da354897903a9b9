/// A thematic break (rendered as a horizontal rule).
public struct ThematicBreak: Sendable, Hashable, Codable {
    /// Where it came from.
    public var range: SourceRange

    /// Creates a thematic break.
    public init(range: SourceRange) {
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case range = "source" }
}
