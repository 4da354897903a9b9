import WIBKit

/// A query as read by ``QueryParser``: predicates combined with AND, OR and NOT.
indirect enum QueryExpression: Sendable, Hashable {
    /// Every operand holds.
    case and([QueryExpression])
    /// At least one operand holds.
    case or([QueryExpression])
    /// The operand does not hold.
    case not(QueryExpression)
    /// One `field:value` term.
    case predicate(QueryPredicate)
}

/// One `field:value` term, its value checked and normalised.
struct QueryPredicate: Sendable, Hashable {
    /// The field.
    let field: QueryField
    /// The value: an ISO 3166-1 alpha-3 code for `country`, an ISO date for `since` and
    /// `until`, the text folded for `person`, `agenda`, `format` and `document`, the text as
    /// typed for `text`, a number or symbol for `resolution`.
    let value: String
    /// The role a `role:` term beside it in the same group gives (`country` and `person` only).
    var role: QueryRole?
}

/// The roles of `role:`.
enum QueryRole: String, Sendable, Hashable, CaseIterable {
    /// A state that requested a meeting.
    case requester
    /// A state taking part under rule 37.
    case rule37
    /// A person (or organisation) briefing at a meeting.
    case briefer
    /// Named in the text.
    case mentioned

    /// The roles a field can be given.
    static func roles(of field: QueryField) -> [QueryRole] {
        field == .country ? [.requester, .rule37, .mentioned] : [.briefer, .mentioned]
    }
}

/// The fields a query term can name.
enum QueryField: String, Sendable, Hashable, CaseIterable {
    case country, role, resolution, document, format, person, agenda, since, until, text
}
