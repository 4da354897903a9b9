import WIBCore

extension String: ExpressibleByOption {
    /// `text`.
    public static var optionType: String { "text" }

    /// Any single value, as written.
    public init(option: OptionValue) throws(OptionError) {
        self = try option.scalar(as: String.self)
    }

    /// The text itself.
    public var optionText: String { self }
}

extension Int: ExpressibleByOption {
    /// `integer`.
    public static var optionType: String { "integer" }

    /// A whole number, `-3` or `12`. Throws "'2.5' is not an integer".
    public init(option: OptionValue) throws(OptionError) {
        let text = try option.scalar(as: Int.self)
        guard let value = Int(text) else { throw OptionError("'\(text)' is not an integer") }
        self = value
    }

    /// The number in decimal.
    public var optionText: String { "\(self)" }
}

extension Double: ExpressibleByOption {
    /// `number`.
    public static var optionType: String { "number" }

    /// A finite number, `60` or `2.5`. Throws "'soon' is not a number" (also for `nan` and `inf`).
    public init(option: OptionValue) throws(OptionError) {
        let text = try option.scalar(as: Double.self)
        guard let value = Double(text), value.isFinite else { throw OptionError("'\(text)' is not a number") }
        self = value
    }

    /// The number, without `.0` when it is whole: `60`, `2.5`.
    public var optionText: String { self == rounded() && abs(self) < 1e15 ? "\(Int(self))" : "\(self)" }
}

extension Bool: ExpressibleByOption {
    /// `true or false`.
    public static var optionType: String { "true or false" }

    /// `true`, `yes` or `on`; `false`, `no` or `off`; in any case. Throws "'maybe' is not true or false".
    public init(option: OptionValue) throws(OptionError) {
        switch try option.scalar(as: Bool.self).lowercased() {
        case "true", "yes", "on": self = true
        case "false", "no", "off": self = false
        case let other: throw OptionError("'\(other)' is not true or false")
        }
    }

    /// `true` or `false`.
    public var optionText: String { "\(self)" }
}

extension CalendarDate: ExpressibleByOption {
    /// `date (YYYY-MM-DD)`.
    public static var optionType: String { "date (YYYY-MM-DD)" }

    /// A real day written `YYYY-MM-DD`. Throws "'2023-02-29' is not a date; write YYYY-MM-DD".
    public init(option: OptionValue) throws(OptionError) {
        let text = try option.scalar(as: CalendarDate.self)
        guard let date = CalendarDate(iso: text) else { throw OptionError("'\(text)' is not a date; write YYYY-MM-DD") }
        self = date
    }

    /// `YYYY-MM-DD`.
    public var optionText: String { description }
}

extension Array: ExpressibleByOption where Element: ExpressibleByOption {
    /// `list of ` and the element's type: `list of text`.
    public static var optionType: String { "list of \(Element.optionType)" }

    /// A list of elements, or a single element as a list of one; the first bad element's error.
    public init(option: OptionValue) throws(OptionError) {
        self = try option.items(of: Element.self).map { (item) throws(OptionError) in try Element(option: item) }
    }

    /// `[a, b]`.
    public var optionText: String { "[" + map(\.optionText).joined(separator: ", ") + "]" }
}
