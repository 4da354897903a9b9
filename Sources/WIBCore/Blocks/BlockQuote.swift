/// A block quote: blocks set off as quoted material.
public struct BlockQuote: Sendable, Hashable, Codable {
    /// The quoted blocks.
    public var blocks: [Block]
    /// Where it came from.
    public var range: SourceRange

    /// Creates a block quote.
    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case blocks, range = "source" }
}
