/// The part of a month or year that a date names ("early August", "mid-2024", "late 2022"): the
/// ``EntityAttributeKey/qualifier`` of a `date` entity.
public enum DateQualifier: String, Sendable, Hashable, CaseIterable, EntityAttributeValue {
    /// The start.
    case early
    /// The middle ("mid", "mid-").
    case mid
    /// The end.
    case late
}
