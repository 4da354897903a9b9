import WIBCore

/// Days as a pack shows them to a reader, the way the site writes them: "Thu 28 Jun 2024".
enum PackDateText {
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// "28 Jun 2024".
    static func day(_ date: CalendarDate) -> String {
        "\(date.day) \(MonthName.name(of: date.month)!.prefix(3)) \(date.year)"
    }

    /// "Thu 28 Jun 2024".
    static func weekdayAndDay(_ date: CalendarDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(day(date))"
    }
}
