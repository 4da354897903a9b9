import WIBCore

/// The line that gives a post's date, in the shapes the site has used:
/// - "Posted Thu 27 Jun 2024" (weekday optional, month full or short);
/// - the old whatsinblue.org's "posted on Tue 11 Jul 2017 12:37 PM", in any case, with a clock
///   time (`12:37 PM`, `9:05am`, `17:40`).
///
/// A line of that shape whose date is no real day ("Posted Fri 31 Feb 2017", a day of twenty
/// digits, a year of five) is still the Posted line, kept as page furniture, but gives no date;
/// a warning says so. A weekday that does not match the date is a warning too; the date is used.
struct PostedLine {
    /// The date, or `nil` when the line names no real day.
    let date: CalendarDate?

    /// Reads `folded` (a line folded for matching: lower case, single spaces), line `line` of
    /// `path`, as a Posted line; `nil` when it is not one.
    init?(_ folded: String, path: String, line: Int, warnings: inout [Diagnostic]) {
        var words = folded.split(separator: " ").map { $0.filter { $0 != "," } }[...]
        guard words.popFirst() == "posted" else { return nil }
        if words.first == "on" { words.removeFirst() }
        let weekday = words.first.flatMap { WeekdayName.isoWeekday(of: $0) }
        if weekday != nil { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        let (dayText, monthText, yearText) = (words.removeFirst(), words.removeFirst(), words.removeFirst())
        guard PostedLine.isDigits(dayText), let month = MonthName.number(of: monthText), PostedLine.isDigits(yearText),
              PostedLine.isClockTime(words) else { return nil }
        let day = dayText.count <= 2 ? Int(dayText) : nil
        let year = yearText.count == 4 ? Int(yearText) : nil
        guard let day, let year, let date = CalendarDate(year: year, month: month, day: day) else {
            warnings.append(.warning("the Posted line names no real day (“\(dayText) \(monthText) \(yearText)”); the post is read as undated",
                                     path: path, line: line))
            self.date = nil
            return
        }
        if let weekday, weekday != date.isoWeekday {
            warnings.append(.warning("the Posted line's weekday does not match \(date); the date is used", path: path, line: line))
        }
        self.date = date
    }

    /// Whether `text` is one or more ASCII digits.
    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether `words` are nothing, or a clock time: `12:37`, `12:37pm`, `12:37 pm`, `12:37 p.m.`.
    private static func isClockTime(_ words: ArraySlice<String>) -> Bool {
        guard let clock = words.first else { return true }
        let meridiems = ["am", "pm", "a.m.", "p.m."]
        var time = Substring(clock)
        if let meridiem = meridiems.first(where: { time.hasSuffix($0) }) { time = time.dropLast(meridiem.count) }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ isDigits(String($0)) }) else { return false }
        return words.count == 1 || (words.count == 2 && time.count == clock.count && meridiems.contains(words[words.startIndex + 1]))
    }
}
