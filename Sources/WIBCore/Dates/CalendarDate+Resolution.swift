extension CalendarDate {
    /// The date with this day and month that lies nearest to `reference`: the year of the
    /// reference, the one before, or the one after.
    ///
    /// Posts give dates without years ("on 28 March", "(2 January)"); they are about the weeks
    /// around the posted date, so "6 January" in a post of 30 December is next year's.
    public static func nearest(day: Int, month: Int, to reference: CalendarDate) -> CalendarDate? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            CalendarDate(year: $0, month: month, day: day)
        }
        return candidates.min {
            abs($0.daysSinceEpoch - reference.daysSinceEpoch) < abs($1.daysSinceEpoch - reference.daysSinceEpoch)
        }
    }

    /// The first date after this one that falls on `isoWeekday` (1 = Monday … 7 = Sunday).
    public func next(isoWeekday weekday: Int) -> CalendarDate {
        let ahead = (weekday - isoWeekday + 7) % 7
        return adding(days: ahead == 0 ? 7 : ahead)
    }
}
