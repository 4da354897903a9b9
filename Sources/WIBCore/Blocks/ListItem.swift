/// One item of a ``ListBlock``.
public struct ListItem: Sendable, Hashable, Codable {
    /// The item's blocks (usually one paragraph).
    public var blocks: [Block]
    /// Where it came from.
    public var range: SourceRange

    /// Creates a list item.
    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case blocks, range = "source" }
}
