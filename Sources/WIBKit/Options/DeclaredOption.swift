/// One of a transformer's options as its ``Option`` declares it: what `wib transformers` shows
/// (`since: date (YYYY-MM-DD)`, then the help), and whether a step gave it.
///
/// ``ConfigurableTransformer/options`` lists a transformer's; a property's projected value
/// (`$since`) is its own, for ``ConfigurableTransformer/validate()``:
///
/// ```swift
/// func validate() throws {
///     if $countryRole.isGiven, country == nil { throw OptionError("'countryRole' needs a 'country'", at: $countryRole) }
/// }
/// ```
public struct DeclaredOption: Sendable {
    /// What the option does, in one line.
    public let help: String
    /// Its type's name: `text`, `date (YYYY-MM-DD)`, `list of text` (``ExpressibleByOption/optionType``).
    public let valueType: String
    /// Its default as a pipeline file writes it (`regime`, `60`); `nil` when it has none worth
    /// showing (an optional option, an empty text or list).
    public let defaultValue: String?
    let state: OptionState

    /// Its name in a pipeline file: the property's name (`countryRole`). `nil` only for an option
    /// of a transformer that was made in Swift and never listed or read from a step.
    public var name: String? { state.name }

    /// Whether the step the transformer was built from gave the option (even with its default's
    /// value); `false` for a transformer made in Swift.
    public var isGiven: Bool { state.isGiven }

    /// `since: date (YYYY-MM-DD)`, `timeout: number (default: 60)`.
    public var synopsis: String {
        "\(name ?? "?"): \(valueType)" + (defaultValue.map { " (default: \($0))" } ?? "")
    }
}
