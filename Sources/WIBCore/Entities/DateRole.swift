/// What a date is to the sentence that gives it: the ``EntityAttributeKey/role`` of a `date`
/// entity.
public enum DateRole: String, Sendable, Hashable, CaseIterable, EntityAttributeValue {
    /// The day (month, year, range) something happened or will happen.
    case event
    /// The end of a term: a mandate's, a draft's ("until 30 April 2026", "expires in July").
    case deadline
    /// A span of time: a range, a month or a year ("since August 2023", "during").
    case period
    /// The date that names a document or a story ("resolution 1718 of 14 October 2006", "its 2
    /// August letter", "our 27 June story").
    case reference
}
