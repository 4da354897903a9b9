/// One cell of a ``Table``.
public struct TableCell: Sendable, Hashable, Codable {
    /// The cell's text.
    public var content: [Inline]

    /// Creates a cell.
    public init(content: [Inline]) {
        self.content = content
    }
}
