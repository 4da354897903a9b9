extension CalendarDate {
    /// The first date after this one that falls on `isoWeekday` (1 = Monday … 7 = Sunday), one to
    /// seven days later; `nil` for a weekday outside 1…7 or past 9999-12-31.
    public func next(isoWeekday weekday: Int) -> CalendarDate? {
        guard (1...7).contains(weekday) else { return nil }
        let ahead = (weekday - isoWeekday + 7) % 7
        return adding(days: ahead == 0 ? 7 : ahead)
    }

    /// The last date before this one that falls on `isoWeekday` (1 = Monday … 7 = Sunday), one to
    /// seven days earlier; `nil` for a weekday outside 1…7 or before 0001-01-01.
    public func previous(isoWeekday weekday: Int) -> CalendarDate? {
        guard (1...7).contains(weekday) else { return nil }
        let back = (isoWeekday - weekday + 7) % 7
        return adding(days: back == 0 ? -7 : -back)
    }
}
