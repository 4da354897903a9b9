/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Posts speak of days ("28 June"), never of instants, so WIBKit keeps dates as plain
/// year-month-day triples. They encode as ISO 8601 strings (`"2024-06-28"`).
///
/// Dates run from 0001-01-01 (``earliest``) to 9999-12-31 (``latest``), the years ISO 8601
/// writes with four digits. Every operation is total: one that would leave that range gives
/// `nil`, never a trap.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// The first day there is, 0001-01-01 (a Monday).
    public static let earliest = CalendarDate(checkedYear: 1, month: 1, day: 1)
    /// The last day there is, 9999-12-31 (a Friday).
    public static let latest = CalendarDate(checkedYear: 9999, month: 12, day: 31)

    /// Creates a date, or `nil` when the triple names no real day (30 February, year 0 or 10000).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// A triple already known to be a real day.
    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD` (ASCII digits only, no sign), or gives
    /// `nil`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = CalendarDate.number(parts[0], digits: 4), let m = CalendarDate.number(parts[1], digits: 2),
              let d = CalendarDate.number(parts[2], digits: 2) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `days` days after 1970-01-01 (before it when negative), or `nil` outside
    /// 0001-01-01…9999-12-31.
    public init?(daysSinceEpoch days: Int) {
        guard (CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch).contains(days) else { return nil }
        // Howard Hinnant's civil_from_days; within the range above nothing overflows.
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(checkedYear: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    /// Days since 1970-01-01 (negative before it): -719162 for ``earliest``, 2932896 for
    /// ``latest``.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` days later (earlier when negative), or `nil` when that day would lie
    /// outside 0001-01-01…9999-12-31. Any `Int` is accepted.
    public func adding(days: Int) -> CalendarDate? {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return overflow ? nil : CalendarDate(daysSinceEpoch: sum)
    }

    /// The day of the week, 1 (Monday) to 7 (Sunday), as in ISO 8601.
    public var isoWeekday: Int {
        let d = (daysSinceEpoch % 7 + 7) % 7  // 1970-01-01 was a Thursday (index 0).
        return (d + 3) % 7 + 1
    }

    /// The number of days in a month (1 to 12) of a year; 31 for a month outside 1 to 12.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` has a 29 February: every fourth year, but not a century unless it divides by 400.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Whether `lhs` is the earlier day.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes an ISO 8601 string; a string that names no day is a `DecodingError.dataCorrupted`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD"))
        }
        self = date
    }

    /// Encodes the ISO 8601 string, `"2024-06-28"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `text` as a number when it is exactly `digits` ASCII digits (so it cannot overflow).
    static func number(_ text: some StringProtocol, digits: Int) -> Int? {
        guard text.utf8.count == digits, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// `n` written with at least `width` digits, zeros in front.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
