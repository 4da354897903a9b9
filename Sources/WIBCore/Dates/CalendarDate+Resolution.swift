extension CalendarDate {
    /// The date with this day and month that lies nearest to `reference`: the year of the
    /// reference, the one before, or the one after; `nil` when none of them has such a day (30
    /// February, or only years outside 1…9999).
    ///
    /// Posts give dates without years ("on 28 March", "(2 January)"); they are about the weeks
    /// around the posted date, so "6 January" in a post of 30 December is next year's.
    /// ``DateResolver`` holds the fuller rule, which also weighs the sentence's tense.
    public static func nearest(day: Int, month: Int, to reference: CalendarDate) -> CalendarDate? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            CalendarDate(year: $0, month: month, day: day)
        }
        return candidates.min {
            abs($0.daysSinceEpoch - reference.daysSinceEpoch) < abs($1.daysSinceEpoch - reference.daysSinceEpoch)
        }
    }

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
