/// A query that cannot be read: what is wrong, and the column (1-based, in characters) where.
///
/// Its ``description`` is three lines, the first in the form compilers use, then the query and a
/// caret under the column:
///
/// ```text
/// query:1:1: error: unknown field 'contry' (did you mean 'country'?)
/// contry:GBR role:requester
/// ^
/// ```
public struct QuerySyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// Where, counting characters from 1.
    public let column: Int
    /// The query.
    public let query: String

    /// An error at `column` of `query`.
    public init(_ message: String, column: Int, query: String) {
        self.message = message
        self.column = column
        self.query = query
    }

    /// The error line, the query, and a caret under the column.
    public var description: String {
        // A query typed on one line; a line break in it is shown as a space, so the caret lines up.
        let line = String(query.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return "query:1:\(column): error: \(message)\n\(line)\n\(String(repeating: " ", count: max(column - 1, 0)))^"
    }
}
