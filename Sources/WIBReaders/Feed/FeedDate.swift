import WIBCore

/// The day of a feed's dates: RSS's RFC 822 (`Thu, 27 Jun 2024 18:12:00 +0000`) and Atom's
/// ISO 8601 (`2024-06-27T18:12:00Z`), as written (the time zone does not move the day).
enum FeedDate {
    static func day(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmedWhitespace
        if let iso = CalendarDate(iso: String(trimmed.prefix(10))) { return iso }
        let words = trimmed.split { $0 == " " || $0 == "," }
        guard let dayIndex = words.firstIndex(where: { Int($0).map { (1...31).contains($0) } == true }),
              dayIndex + 2 < words.count, let day = Int(words[dayIndex]),
              let month = MonthName.number(of: words[dayIndex + 1]), let year = Int(words[dayIndex + 2]), year > 1900 else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
