import WIBCore

/// The line that gives a post's date, in the shapes the site has used:
/// - "Posted Thu 27 Jun 2024" (weekday optional, month full or short);
/// - the old whatsinblue.org's "posted on Tue 11 Jul 2017 12:37 PM", in any case, with a clock
///   time (`12:37 PM`, `9:05am`, `17:40`);
/// - and the other ways of writing the date that ``WrittenDate`` reads ("Posted June 27, 2024").
///
/// A line of that shape whose date is no real day ("Posted Fri 31 Feb 2017", a day of twenty
/// digits, a year of five) is still the Posted line, kept as page furniture, but gives no date;
/// a warning says so. A weekday that does not match the date is a warning too; the date is used.
struct PostedLine {
    /// The date, or `nil` when the line names no real day.
    let date: CalendarDate?

    /// Reads `text` (as written: any case and spacing), line `line` of `path`, as a Posted line;
    /// `nil` when it is not one. A line whose first letter rules out "posted" is not folded.
    init?(_ text: some StringProtocol, path: String, line: Int, warnings: inout [Diagnostic]) {
        // Words lose their commas (``WrittenDate/words(of:)``), so ", Posted" starts with "posted" too.
        guard text.foldedMayStart(with: "posted", skipping: ",") else { return nil }
        var words = WrittenDate.words(of: text.folded)[...]
        guard words.popFirst() == "posted" else { return nil }
        if words.first == "on" { words.removeFirst() }
        switch WrittenDate(words: words) {
        case nil:
            return nil
        case .noRealDay(let written):
            warnings.append(.warning("the Posted line names no real day (“\(written)”); the post is read as undated", path: path, line: line))
            date = nil
        case .day(let date, let weekday):
            if let weekday, weekday != date.isoWeekday {
                warnings.append(.warning("the Posted line's weekday does not match \(date); the date is used", path: path, line: line))
            }
            self.date = date
        }
    }
}
