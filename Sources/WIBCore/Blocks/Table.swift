/// A table with a header row.
public struct Table: Sendable, Hashable, Codable {
    /// How a column's cells are aligned.
    public enum Alignment: String, Sendable, Hashable, Codable {
        /// No alignment given.
        case none
        /// Left-aligned.
        case left
        /// Centred.
        case center
        /// Right-aligned.
        case right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header row.
    public var header: [TableCell]
    /// The body rows.
    public var rows: [[TableCell]]
    /// Where it came from.
    public var range: SourceRange

    /// Creates a table. Rows are padded or cut to the header's width, and alignments to match.
    public init(alignments: [Alignment] = [], header: [TableCell], rows: [[TableCell]], range: SourceRange) {
        let width = max(header.count, 1)
        func fit<T>(_ values: [T], _ filler: T) -> [T] {
            Array(values.prefix(width)) + Array(repeating: filler, count: max(0, width - values.count))
        }
        self.alignments = fit(alignments, .none)
        self.header = fit(header, TableCell(content: []))
        self.rows = rows.map { fit($0, TableCell(content: [])) }
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case alignments, header, rows, range = "source" }
}
