/// One option a ``ConfigurableTransformer`` accepts: its name, the type of its value, and what it
/// does. The registry checks every step's options against these before building the transformer.
public struct TransformerOption: Sendable, Hashable {
    /// The type of an option's value.
    public enum Kind: Sendable, Hashable {
        /// A string.
        case text
        /// A list of strings; a single string counts as a list of one.
        case texts
        /// A date, `YYYY-MM-DD`.
        case date
        /// `true` or `false`.
        case boolean
        /// A positive number of seconds.
        case seconds
        /// One of the given strings.
        case choice([String])
        /// A list of the given strings; a single string counts as a list of one.
        case choices([String])
        /// A UN member state or observer as an ISO 3166-1 alpha-3 code (`PRK`).
        case country
    }

    /// The option's name in a pipeline file.
    public let name: String
    /// The type of its value.
    public let kind: Kind
    /// What it does, in one line.
    public let summary: String

    /// Creates an option.
    public init(_ name: String, _ kind: Kind, _ summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }

    /// How `wib transformers` shows the value: `TEXT`, `[TEXT]`, `YYYY-MM-DD`, `markdown|json`.
    public var valueSyntax: String {
        switch kind {
        case .text: "TEXT"
        case .texts: "[TEXT, …]"
        case .date: "YYYY-MM-DD"
        case .boolean: "true|false"
        case .seconds: "SECONDS"
        case .choice(let names): names.joined(separator: "|")
        case .choices(let names): "[\(names.joined(separator: "|")), …]"
        case .country: "ISO3"
        }
    }
}
