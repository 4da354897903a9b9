/// A day written in a post, as ``DateResolver`` makes it out: a full date, or a day and month
/// whose year is unknown.
public enum ResolvedDay: Sendable, Hashable, CustomStringConvertible {
    /// The day, year and all.
    case resolved(CalendarDate)
    /// A day of a month (1…12, 1…31) whose year is unknown: no posted date, or the right year
    /// lies outside 0001…9999.
    case unresolved(month: Int, day: Int)

    /// The entity id: ISO 8601, `2024-06-28`, or `--06-28` when the year is unknown.
    public var id: String {
        switch self {
        case .resolved(let date): date.description
        case .unresolved(let month, let day): "--\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
        }
    }

    /// The full date, when there is one.
    public var date: CalendarDate? {
        if case .resolved(let date) = self { return date }
        return nil
    }

    /// The ``id``.
    public var description: String { id }
}
