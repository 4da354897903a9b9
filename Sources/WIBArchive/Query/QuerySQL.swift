import GRDB
import WIBKit

/// A ``QueryExpression`` as an SQL condition on the current post `p` (a row of `post`), with
/// every value the user typed passed as a bound argument, never written into the SQL.
///
/// Each term holds of a post:
/// - `country:X` — a state named in the text, requesting a meeting or taking part under rule 37
///   (with `role:`, only in that role);
/// - `person:X` — a person (or, with `role:briefer`, an organisation) whose name contains the
///   words typed, named in the text or briefing (with `role:`, only in that role);
/// - `resolution:N` — a resolution of that number, or that symbol, named in the text;
/// - `document:S/2024/255` — that document named in the text;
/// - `format:X` — a meeting of that format (`vote`, `open debate`, …);
/// - `agenda:X` — a meeting whose agenda item, or the post's topic, contains the words typed;
/// - `since:D`, `until:D` — the post's day (its first meeting's date, else the posted date)
///   from or until `D`; a post with no day holds neither;
/// - `text:X` — the title or text holds the words, in that order (FTS5; case and accents aside).
struct QuerySQL {
    /// The condition.
    private(set) var sql = ""
    /// Its arguments, in order.
    private(set) var arguments: [any DatabaseValueConvertible] = []

    /// The condition for `expression`.
    init(_ expression: QueryExpression) {
        append(expression)
    }

    private mutating func append(_ expression: QueryExpression) {
        switch expression {
        case .and(let operands): join(operands, with: " AND ")
        case .or(let operands): join(operands, with: " OR ")
        case .not(let operand):
            sql += "NOT "
            append(operand)
        case .predicate(let predicate): append(predicate)
        }
    }

    private mutating func join(_ operands: [QueryExpression], with joint: String) {
        sql += "("
        for (index, operand) in operands.enumerated() {
            if index > 0 { sql += joint }
            append(operand)
        }
        sql += ")"
    }

    private mutating func append(_ predicate: QueryPredicate) {
        let value = predicate.value
        switch predicate.field {
        case .country:
            let roles = predicate.role.map { [$0.rawValue] } ?? ["mentioned", "requester", "rule37"]
            mention("e.kind = ? AND e.key = ?", [EntityKind.memberState.rawValue, value], roles: roles)
        case .person:
            let roles = predicate.role.map { [$0.rawValue] } ?? ["mentioned", "briefer"]
            let kinds = predicate.role == .briefer ? [EntityKind.person.rawValue, EntityKind.organisation.rawValue] : [EntityKind.person.rawValue]
            mention("e.kind IN (\(placeholders(kinds.count))) AND e.folded LIKE ? ESCAPE '\\'", kinds + [QuerySQL.containing(value)], roles: roles)
        case .resolution:
            if let number = Int(value) {
                mention("e.kind = ? AND e.number = ?", [EntityKind.resolution.rawValue, number], roles: ["mentioned"])
            } else {
                mention("e.kind = ? AND upper(e.key) = ?", [EntityKind.resolution.rawValue, value], roles: ["mentioned"])
            }
        case .document:
            mention("e.kind = ? AND e.folded = ?", [EntityKind.document.rawValue, value], roles: ["mentioned"])
        case .format:
            sql += "p.id IN (SELECT postId FROM meeting WHERE formatFolded = ?)"
            arguments.append(value)
        case .agenda:
            sql += "(p.topicFolded LIKE ? ESCAPE '\\' OR p.id IN (SELECT postId FROM meeting WHERE agendaFolded LIKE ? ESCAPE '\\'))"
            arguments += [QuerySQL.containing(value), QuerySQL.containing(value)]
        case .since:
            sql += "p.day >= ?"
            arguments.append(value)
        case .until:
            sql += "p.day <= ?"
            arguments.append(value)
        case .text:
            sql += "p.id IN (SELECT rowid FROM postText WHERE postText MATCH ?)"
            arguments.append(QuerySQL.phrase(value))
        case .role:
            // A role qualifies the terms beside it (QueryParser) and is never a term itself.
            sql += "1"
        }
    }

    /// The post mentions an entity meeting `condition`, in one of `roles` (a subquery that runs
    /// once, through the entity's index, not once per post).
    private mutating func mention(_ condition: String, _ values: [any DatabaseValueConvertible], roles: [String]) {
        sql += "p.id IN (SELECT m.postId FROM entity e JOIN mention m ON m.entityId = e.id WHERE \(condition)"
            + " AND m.role IN (\(placeholders(roles.count))))"
        arguments += values
        arguments += roles
    }

    private func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// A `LIKE` pattern for text containing `value`, its `%`, `_` and `\` matched as themselves.
    static func containing(_ value: String) -> String {
        var escaped = ""
        for character in value {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%\(escaped)%"
    }

    /// `value` as one FTS5 phrase: its words in that order, whatever characters it holds.
    static func phrase(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
