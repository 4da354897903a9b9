import WIBCore

/// A date as it is written at the head of a post or in a file's metadata: "Thu 27 Jun 2024",
/// "Tuesday, 11 July 2017 12:37 PM", "June 27, 2024", "11 July 2017 at 9:05am", "2024-06-27",
/// "2024-06-27T09:30:00Z", "2024-06-27 09:30:00 +0000". A clock time (and a time zone) may
/// follow the date; nothing else may.
enum WrittenDate: Equatable {
    /// A day of the calendar, with the ISO weekday written beside it (1 = Monday), if any.
    case day(CalendarDate, weekday: Int?)
    /// The shape of a date that names no day of the calendar ("31 feb 2017", a day of twenty
    /// digits, a year of five), as written (folded).
    case noRealDay(String)

    /// Reads `text` (any case and spacing); `nil` when it is not a date.
    init?(_ text: String) {
        self.init(words: WrittenDate.words(of: text.folded)[...])
    }

    /// Splits a folded text into words, without their commas.
    static func words(of folded: String) -> [String] {
        folded.split(separator: " ").map { $0.filter { $0 != "," } }.filter { !$0.isEmpty }
    }

    /// Reads `words` (folded, without commas) as a date; `nil` when they are not one.
    init?(words: ArraySlice<String>) {
        var words = words
        let weekday = words.first.flatMap { WeekdayName.isoWeekday(of: $0) }
        if weekday != nil { words.removeFirst() }
        if let first = words.first, let iso = WrittenDate.iso(first) {
            guard WrittenDate.isClockTime(words.dropFirst()) else { return nil }
            self = iso.date.map { .day($0, weekday: weekday) } ?? .noRealDay(iso.text)
            return
        }
        guard words.count >= 3 else { return nil }
        let (first, second, yearText) = (words.removeFirst(), words.removeFirst(), words.removeFirst())
        let dayText: String
        let month: Int
        if WrittenDate.isDigits(first), let number = MonthName.number(of: second) {
            (dayText, month) = (first, number)
        } else if let number = MonthName.number(of: first), WrittenDate.isDigits(second) {
            (dayText, month) = (second, number)
        } else {
            return nil
        }
        guard WrittenDate.isDigits(yearText), WrittenDate.isClockTime(words) else { return nil }
        let day = dayText.count <= 2 ? Int(dayText) : nil
        let year = yearText.count == 4 ? Int(yearText) : nil
        guard let day, let year, let date = CalendarDate(year: year, month: month, day: day) else {
            self = .noRealDay("\(first) \(second) \(yearText)")
            return
        }
        self = .day(date, weekday: weekday)
    }

    /// The day of an ISO date word (`2024-06-27`, or `2024-06-27t09:30:00z`), `nil` inside when
    /// it names no real day; `nil` when the word is no ISO date.
    private static func iso(_ word: String) -> (text: String, date: CalendarDate?)? {
        let text = String(word.prefix(10))
        let shape = text.enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        guard text.count == 10, shape, word.count == 10 || word.dropFirst(10).first == "t" else { return nil }
        return (text, CalendarDate(iso: text))
    }

    /// Whether `text` is one or more ASCII digits.
    private static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether `words` are nothing, or a clock time, perhaps after "at" and before a time zone:
    /// `12:37`, `09:30:00`, `12:37pm`, `12:37 pm`, `12:37 p.m.`, `at 9:05am`, `09:30:00 +0000`,
    /// `17:40 utc`.
    private static func isClockTime(_ words: ArraySlice<String>) -> Bool {
        var words = words
        if words.first == "at", words.count > 1 { words.removeFirst() }
        guard let clock = words.popFirst() else { return true }
        let meridiems = ["am", "pm", "a.m.", "p.m."]
        var time = Substring(clock)
        let joined = meridiems.first { time.hasSuffix($0) }
        if let joined { time = time.dropLast(joined.count) }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy(isDigits) else { return false }
        if joined == nil, let meridiem = words.first, meridiems.contains(meridiem) { words.removeFirst() }
        guard let zone = words.popFirst() else { return true }
        return words.isEmpty && isTimeZone(zone)
    }

    /// Whether `word` is a time zone: `utc`, `gmt`, `z`, `+0000`, `-04:00`.
    private static func isTimeZone(_ word: String) -> Bool {
        if ["utc", "gmt", "z"].contains(word) { return true }
        guard let sign = word.first, "+-".contains(sign) else { return false }
        let digits = word.dropFirst().filter { $0 != ":" }
        return digits.count == 4 && isDigits(digits)
    }
}
