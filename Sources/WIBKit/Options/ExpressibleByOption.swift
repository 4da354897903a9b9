/// A type that a transformer's ``Option`` can hold: it reads its value as a pipeline file writes
/// it, names itself in `wib transformers` and in errors, and writes a default back.
///
/// WIBKit gives `String` ("text"), `Int` ("integer"), `Double` ("number"), `Bool` ("true or
/// false": also yes/no, on/off), `CalendarDate` (`2024-01-01`), ``CountryCode`` (`PRK`, in any
/// case), arrays of any of these ("list of text"; a single value is a list of one), and every
/// enumeration with `String` raw values: an enumeration of your own needs only to declare the
/// conformance.
///
/// ```swift
/// enum Scope: String, CaseIterable, ExpressibleByOption {
///     case title, body, everywhere
/// }
/// // @Option(help: "Where to look.") var scope = Scope.everywhere
/// // wib.yml: `scope: body`; `wib transformers`: `scope: one of: title, body, everywhere (default: everywhere)`
/// ```
///
/// Any other type conforms by reading an ``OptionValue``, usually its text
/// (``OptionValue/scalar(as:)``), and throwing an ``OptionError`` that says what is wrong and
/// what to write:
///
/// ```swift
/// struct Percentage: ExpressibleByOption {
///     var value: Int
///     static let optionType = "percentage (0–100)"
///     init(option: OptionValue) throws(OptionError) {
///         let text = try option.scalar(as: Percentage.self)
///         guard let value = Int(text), (0...100).contains(value) else { throw OptionError("'\(text)' is not a percentage from 0 to 100") }
///         self.value = value
///     }
///     var optionText: String { "\(value)" }
/// }
/// ```
public protocol ExpressibleByOption: Sendable {
    /// The type's name in `wib transformers` and in errors: `text`, `integer`, `date (YYYY-MM-DD)`,
    /// `one of: any, requester, briefer`, `list of text`.
    static var optionType: String { get }

    /// Reads a value as a pipeline file writes it. Throws an ``OptionError`` (without an option:
    /// the reader adds the option's name and line) saying what is wrong: "'maybe' is not true or
    /// false".
    init(option: OptionValue) throws(OptionError)

    /// The value as a pipeline file writes it (`regime`, `60`, `2024-01-01`, `[a, b]`): how
    /// `wib transformers` shows a default.
    var optionText: String { get }
}

extension ExpressibleByOption where Self: RawRepresentable & CaseIterable, RawValue == String {
    /// `one of: ` and the raw values, in declaration order.
    public static var optionType: String { "one of: " + allCases.map(\.rawValue).joined(separator: ", ") }

    /// The case whose raw value is the text, exactly. Throws "'requestr' is not one of: any,
    /// requester, briefer (did you mean 'requester'?)".
    public init(option: OptionValue) throws(OptionError) {
        let text = try option.scalar(as: Self.self)
        guard let value = Self(rawValue: text) else {
            let names = Self.allCases.map(\.rawValue)
            throw OptionError("'\(text)' is not one of: \(names.joined(separator: ", "))\(NameSuggestion(for: text, among: names).clause)")
        }
        self = value
    }

    /// The raw value.
    public var optionText: String { rawValue }
}
