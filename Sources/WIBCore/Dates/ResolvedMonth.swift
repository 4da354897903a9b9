/// A month written in a post ("in January", "since August"), as ``DateResolver`` makes it out:
/// a month of a known year, or a month whose year is unknown.
public enum ResolvedMonth: Sendable, Hashable, CustomStringConvertible {
    /// A month (1…12) of a year (1…9999).
    case resolved(year: Int, month: Int)
    /// A month (1…12) whose year is unknown: no reference, or the right year lies outside
    /// 0001…9999.
    case unresolved(month: Int)

    /// The entity id: ISO 8601, `2024-06`, or `--06` when the year is unknown.
    public var id: String {
        switch self {
        case .resolved(let year, let month): "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
        case .unresolved(let month): "--\(CalendarDate.pad(month, 2))"
        }
    }

    /// The year, when known.
    public var year: Int? {
        if case .resolved(let year, _) = self { return year }
        return nil
    }

    /// The ``id``.
    public var description: String { id }
}
