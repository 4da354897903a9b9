import Foundation
import WIBKit

/// Reads a query into a ``QueryExpression``:
///
/// ```text
/// query   := any ("OR" any)*
/// any     := unary (["AND"] unary)*        terms side by side must all hold
/// unary   := "-" unary | "(" query ")" | field ":" value | word
/// ```
///
/// A word on its own is searched as text (`text:word`). A `role:` term qualifies the `country:`
/// and `person:` terms of its own group (the terms side by side with it), and stands for nothing
/// alone. Every value is checked here, so a bad one is an error at its column.
struct QueryParser {
    private let tokens: [QueryToken]
    private let query: String
    private var index = 0

    /// Parses `query`.
    static func parse(_ query: String) throws(QuerySyntaxError) -> QueryExpression {
        var lexer = QueryLexer(query)
        var parser = QueryParser(tokens: try lexer.tokens(), query: query)
        guard !parser.tokens.isEmpty else {
            throw QuerySyntaxError("the query is empty; try country:GBR role:requester, or see wib query --help", column: 1, query: query)
        }
        let expression = try parser.disjunction()
        if let token = parser.peek {
            throw QuerySyntaxError(token.kind == .close ? "this ) closes no (" : "unexpected here", column: token.column, query: query)
        }
        return expression
    }

    private init(tokens: [QueryToken], query: String) {
        self.tokens = tokens
        self.query = query
    }

    private var peek: QueryToken? { index < tokens.count ? tokens[index] : nil }

    private mutating func disjunction() throws(QuerySyntaxError) -> QueryExpression {
        var operands = [try conjunction()]
        while let token = peek, token.kind == .or {
            index += 1
            guard let next = peek, next.kind != .close, next.kind != .or else {
                throw error("OR needs a term after it", column: token.column)
            }
            operands.append(try conjunction())
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    private mutating func conjunction() throws(QuerySyntaxError) -> QueryExpression {
        var operands: [QueryExpression] = []
        var role: (role: QueryRole, column: Int)?
        while let token = peek, token.kind != .or, token.kind != .close {
            if token.kind == .and {
                guard !operands.isEmpty || role != nil else { throw error("AND needs a term before it", column: token.column) }
                index += 1
                continue
            }
            if case .term(let field, let value, let valueColumn) = token.kind, field.lowercased() == QueryField.role.rawValue {
                index += 1
                if let role { throw error("one role: per group; this group already has role:\(role.role.rawValue)", column: token.column) }
                guard let named = QueryRole(rawValue: value.lowercased()) else {
                    throw error("unknown role '\(value)'; roles are \(QueryRole.allCases.map(\.rawValue).joined(separator: ", "))", column: valueColumn)
                }
                role = (named, token.column)
                continue
            }
            operands.append(try unary())
        }
        if let role {
            var qualified = 0
            operands = try operands.map { operand throws(QuerySyntaxError) in try qualify(operand, role: role.role, column: role.column, count: &qualified) }
            guard qualified > 0 else {
                throw error("role:\(role.role.rawValue) qualifies a country: or person: term beside it, and there is none", column: role.column)
            }
        }
        guard !operands.isEmpty else {
            throw error(peek.map { $0.kind == .or ? "OR needs a term before it" : "( ) holds no term" } ?? "a term is missing at the end", column: peek?.column ?? query.count + 1)
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    /// `operand` with `role` given to its country and person terms (also under `-`).
    private func qualify(_ operand: QueryExpression, role: QueryRole, column: Int, count: inout Int) throws(QuerySyntaxError) -> QueryExpression {
        switch operand {
        case .not(let inner):
            return .not(try qualify(inner, role: role, column: column, count: &count))
        case .predicate(var predicate) where predicate.field == .country || predicate.field == .person:
            guard QueryRole.roles(of: predicate.field).contains(role) else {
                let roles = QueryRole.roles(of: predicate.field).map(\.rawValue).joined(separator: ", ")
                throw error("a \(predicate.field.rawValue) cannot have role:\(role.rawValue); its roles are \(roles)", column: column)
            }
            predicate.role = role
            count += 1
            return .predicate(predicate)
        default:
            return operand
        }
    }

    private mutating func unary() throws(QuerySyntaxError) -> QueryExpression {
        guard let token = peek else { throw error("a term is missing at the end", column: query.count + 1) }
        index += 1
        switch token.kind {
        case .not:
            guard let next = peek, next.kind != .or, next.kind != .and, next.kind != .close else {
                throw error("'-' needs a term after it", column: token.column)
            }
            if case .term(let field, _, _) = next.kind, field.lowercased() == QueryField.role.rawValue {
                throw error("a role cannot be left out; put '-' before the country: or person: term", column: token.column)
            }
            return .not(try unary())
        case .open:
            let inner = try disjunction()
            guard let close = peek, close.kind == .close else { throw error("this ( is not closed", column: token.column) }
            index += 1
            return inner
        case .word(let word):
            return .predicate(QueryPredicate(field: .text, value: word))
        case .term(let name, let value, let valueColumn):
            guard let field = QueryField(rawValue: name.lowercased()) else {
                let suggestion = QueryParser.nearest(name.lowercased()).map { " (did you mean '\($0)'?)" } ?? ""
                throw error("unknown field '\(name)'\(suggestion); fields are \(QueryField.allCases.map(\.rawValue).joined(separator: ", "))", column: token.column)
            }
            return .predicate(QueryPredicate(field: field, value: try checked(value, of: field, column: valueColumn)))
        case .close, .or, .and:
            throw error("unexpected here", column: token.column)
        }
    }

    /// `value` checked and normalised for `field` (see ``QueryPredicate/value``).
    private func checked(_ value: String, of field: QueryField, column: Int) throws(QuerySyntaxError) -> String {
        switch field {
        case .country:
            do throws(OptionError) { return try CountryCode(reading: value).description } catch { throw self.error(error.message, column: column) }
        case .since, .until:
            guard let date = QueryParser.date(value, end: field == .until) else {
                throw error("'\(value)' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY", column: column)
            }
            return date.description
        case .resolution:
            let symbol = value.uppercased()
            guard value.allSatisfy(\.isNumber) || symbol.hasPrefix("S/RES/") else {
                throw error("'\(value)' is not a resolution: write its number (2231) or symbol (S/RES/2231(2015))", column: column)
            }
            return symbol
        case .text:
            return value
        case .role, .document, .format, .person, .agenda:
            return value.folded
        }
    }

    /// `YYYY-MM-DD`, or the first (last, with `end`) day of `YYYY-MM` or `YYYY`.
    static func date(_ text: String, end: Bool) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        guard parts.count == 2 else { return CalendarDate(iso: end ? "\(parts[0])-12-31" : "\(parts[0])-01-01") }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month), let first = CalendarDate(iso: "\(text)-01") else { return nil }
        guard end else { return first }
        return (28...31).reversed().lazy.compactMap { CalendarDate(iso: String(format: "%04d-%02d-%02d", year, month, $0)) }.first
    }

    /// The field nearest to `name` (at most two edits away), if any.
    static func nearest(_ name: String) -> String? {
        let scored = QueryField.allCases.map { ($0.rawValue, editDistance(name, $0.rawValue)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// Levenshtein distance between `a` and `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    private func error(_ message: String, column: Int) -> QuerySyntaxError {
        QuerySyntaxError(message, column: column, query: query)
    }
}
