/// What is wrong with a transformer's options: a value that is not of its option's type, or a
/// cross-check of ``ConfigurableTransformer/validate()`` that fails.
///
/// From a pipeline file, it is reported at the line of the option it is about (the step's line
/// when it is about the step as a whole):
///
/// ```text
/// wib.yml:4: error: 'filter' option 'until': 'since' (2024-05-01) is after 'until' (2024-01-01); no post could match
/// wib.yml:7: error: 'drop-sections': name the headings of the sections to drop, as drop-sections: [Background]
/// ```
public struct OptionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one sentence, without the transformer's or the option's name.
    public var message: String
    /// The name of the option it is about; `nil` when it is about the step as a whole.
    public var option: String?
    /// The line the option (or, for ``option`` `nil`, the step) is written on, when it was read
    /// from a file.
    public var line: Int?
    /// Whether ``message`` is whole as it stands ("unknown option 'x' for 'filter' …"), rather
    /// than said of the transformer or its option.
    var standsAlone = false

    /// An error about the step as a whole, or, thrown while reading a value, about that value's
    /// option (which the reader adds).
    public init(_ message: String) {
        self.message = message
    }

    /// An error about `option`, a transformer's option as its projected value gives it:
    /// `OptionError("'since' is after 'until'", at: $until)`.
    public init(_ message: String, at option: DeclaredOption) {
        self.message = message
        self.option = option.name
    }

    /// An error about the options as written (an unknown name, one given twice), whole as it stands.
    init(standingAlone message: String, option: String?, line: Int?) {
        self.message = message
        self.option = option
        self.line = line
        self.standsAlone = true
    }

    /// The message said of `transformer` and the option: "'filter' option 'until': …", "'drop-sections': …".
    public func message(for transformer: String) -> String {
        if standsAlone { return message }
        return (option.map { "'\(transformer)' option '\($0)'" } ?? "'\(transformer)'") + ": " + message
    }

    /// ``message``, after the option's name when there is one.
    public var description: String {
        option.map { "option '\($0)': \(message)" } ?? message
    }
}
