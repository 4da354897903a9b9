import GRDB
import WIBKit

/// A query over an archive, in the query language of the README's "The archive":
///
/// ```text
/// country:RUS role:requester agenda:ukraine since:2022-01-01
/// resolution:2231 OR document:S/2024/255
/// person:"Jane Roe" -format:consultations
/// text:"arms transfers" (format:vote OR format:adoption)
/// ```
///
/// Terms side by side must all hold (`AND` may be written), `OR` gives either, `-` leaves out,
/// parentheses group; a `role:` qualifies the `country:` and `person:` terms of its group. What
/// each field means is told in ``QuerySQL``. The answer is the current version of every post
/// that matches, by day (undated last), then title.
public struct ArchiveQuery: Sendable {
    /// The query as typed.
    public let text: String
    let expression: QueryExpression

    /// Reads `text`; a query that cannot be read is an error at its column.
    public init(_ text: String) throws(QuerySyntaxError) {
        self.text = text
        expression = try QueryParser.parse(text)
    }

    /// One post that matches: what a table of answers shows.
    public struct Match: Sendable, Hashable {
        /// The post's row in the archive.
        public let id: Int64
        /// Its title.
        public let title: String
        /// Its posted date (ISO 8601), if known.
        public let posted: String?
        /// Its first meeting's date (ISO 8601), if any.
        public let meetingDate: String?
        /// Its first meeting's format, if any.
        public let format: String?
        /// Its address, else the file it was read from.
        public let source: String?
    }

    /// The SQL of the query, and its arguments.
    var statement: (sql: String, arguments: StatementArguments) {
        let condition = QuerySQL(expression)
        let sql = """
            SELECT p.id, p.title, p.posted, p.url, p.source, m.date, m.format FROM post p
            LEFT JOIN meeting m ON m.postId = p.id AND m.ordinal = 0
            WHERE p.current = 1 AND \(condition.sql)
            ORDER BY p.day IS NULL, p.day, p.title, p.key
            """
        return (sql, StatementArguments(condition.arguments))
    }
}

extension Archive {
    /// The posts that match `query`, in order.
    public func matches(_ query: ArchiveQuery) throws(Diagnostic) -> [ArchiveQuery.Match] {
        let (sql, arguments) = query.statement
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                ArchiveQuery.Match(id: row[0], title: row[1], posted: row[2], meetingDate: row[5], format: row[6], source: row[3] ?? row[4])
            }
        }
    }

    /// The posts of `matches`, whole, as they were added.
    public func posts(of matches: [ArchiveQuery.Match]) throws(Diagnostic) -> [Post] {
        try posts(ids: matches.map(\.id))
    }
}
