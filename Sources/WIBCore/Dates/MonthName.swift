/// English month names as posts write them ("June", "Jun", "Sept").
public enum MonthName {
    private static let names = ["january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"]

    /// The full month names as a regular-expression alternation: `January|February|…|December`.
    public static let alternation = names.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "|")

    /// The full name of month `number` (1 to 12), "June", or `nil` for another number.
    public static func name(of number: Int) -> String? {
        guard (1...12).contains(number) else { return nil }
        let name = names[number - 1]
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The month number (1 to 12) of a full or abbreviated English month name, any case, or `nil`.
    public static func number(of name: some StringProtocol) -> Int? {
        let lower = name.lowercased().trimmingSuffix(".")
        guard lower.count >= 3 else { return nil }
        if let full = names.firstIndex(of: lower) { return full + 1 }
        if lower == "sept" { return 9 }
        guard lower.count == 3 else { return nil }
        return names.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }
}

/// English weekday names as posts write them ("Thursday", "Thu").
public enum WeekdayName {
    private static let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The ISO weekday (1 = Monday … 7 = Sunday) of a full or three-letter English name, or `nil`.
    public static func isoWeekday(of name: some StringProtocol) -> Int? {
        let lower = name.lowercased().trimmingSuffix(".")
        if let full = names.firstIndex(of: lower) { return full + 1 }
        guard lower.count == 3 else { return nil }
        return names.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
