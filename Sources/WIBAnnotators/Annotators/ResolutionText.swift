import WIBCore

/// The regular expressions of resolution mentions, and the date a mention gives.
enum ResolutionText {
    /// "resolution 1718", "Resolutions 2397", with "(2006)" or "of 14 October 2006".
    static let resolutionMention = TextPattern("(?i:resolutions?)\\s+(?<number>\\d{1,4})(?!\\d)(?:\\s*\\((?<year>\\d{4})\\)|\\s+of\\s+(?<day>\\d{1,2})\\s+(?<month>\(MonthName.alternation))\\s+(?<dateYear>\\d{4}))?")

    /// ", 2270" or " and 2270 (2016)" after a resolution mention.
    static let resolutionContinuation = TextPattern("(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?<number>\\d{1,4})(?!\\d)(?:\\s*\\((?<year>\\d{4})\\))?(?!\\s*(?:\(MonthName.alternation)|per|members|people|troops))")

    /// The calendar date of day, month name and year texts, when all are given and valid.
    static func date(day: Substring?, month: Substring?, year: Substring?) -> CalendarDate? {
        guard let day = day.flatMap({ Int($0) }), let month = month.flatMap({ MonthName.number(of: $0) }),
              let year = year.flatMap({ Int($0) }) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
