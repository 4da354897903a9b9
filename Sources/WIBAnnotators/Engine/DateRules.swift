import WIBCore

/// The one rule that gives a year to dates written without one, for every finder and the meeting
/// reader alike.
///
/// With a posted date: in a clause about the future, the first such day from three days before the
/// posted date on; otherwise the last such day up to three days after it (the slack covers
/// "yesterday", "tomorrow" and time zones), unless that lies more than 300 days back and the clause
/// gives no tense. Without a posted date, a day keeps no year (`--06-28`): never today's.
public struct DateRules: Sendable {
    /// Whether a clause speaks of the future, the past, or does not say.
    public enum Tense: Sendable { case past, future, unknown }

    /// The day dates are resolved against.
    public let posted: CalendarDate?

    /// Rules for a post posted on `posted`.
    public init(posted: CalendarDate?) { self.posted = posted }

    /// The id of a day: ISO 8601 (`2024-06-28`), or `--06-28` when the year is unknown; `nil` when
    /// no such day exists.
    public func day(_ day: Int, month: Int, year: Int?, tense: Tense) -> (id: String, date: CalendarDate?)? {
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return (date.description, date)
        }
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) else { return nil }
        guard let posted, let date = resolve(month: month, day: day, posted: posted, tense: tense) else {
            return ("--\(pad(month))-\(pad(day))", nil)
        }
        return (date.description, date)
    }

    /// The id of a month: `2024-06`, or `--06` when the year is unknown.
    public func month(_ month: Int, year: Int?, tense: Tense) -> String {
        if let year { return "\(year)-\(pad(month))" }
        guard let posted, let date = resolve(month: month, day: 1, posted: posted, tense: tense, monthly: true) else { return "--\(pad(month))" }
        return "\(date.year)-\(pad(month))"
    }

    /// The day `offset` days from the posted date (tomorrow: 1), or `nil`.
    public func relative(_ offset: Int) -> CalendarDate? {
        guard let posted else { return nil }
        return DateRules.adding(offset, to: posted)
    }

    /// The next day after the posted date that falls on `isoWeekday` (the last before it, in the
    /// past), or `nil`.
    public func weekday(_ isoWeekday: Int, tense: Tense) -> CalendarDate? {
        guard let posted else { return nil }
        let ahead = (isoWeekday - posted.isoWeekday + 7) % 7
        if tense == .past { return DateRules.adding(ahead == 0 ? -7 : ahead - 7, to: posted) }
        return DateRules.adding(ahead == 0 ? 7 : ahead, to: posted)
    }

    private func resolve(month: Int, day: Int, posted: CalendarDate, tense: Tense, monthly: Bool = false) -> CalendarDate? {
        let candidates = [posted.year - 1, posted.year, posted.year + 1].compactMap {
            CalendarDate(year: $0, month: month, day: min(day, CalendarDate.daysIn(month: month, year: max(1, $0))))
        }
        let slack = monthly ? 31 : 3
        guard let low = DateRules.adding(-slack, to: posted), let high = DateRules.adding(monthly ? 0 : slack, to: posted) else { return nil }
        let next = candidates.first { $0 >= low }
        let last = candidates.last { $0 <= high }
        switch tense {
        case .future: return next
        case .past: return last
        case .unknown:
            if let last, posted.daysSinceEpoch - last.daysSinceEpoch > 300, let next { return next }
            return last ?? next
        }
    }

    /// `date` moved by `days`, or `nil` outside years 1 to 9999.
    static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate? {
        guard (2...9998).contains(date.year) || abs(days) < 28 && (date.month > 1 && date.month < 12) else { return nil }
        return date.adding(days: days)
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
