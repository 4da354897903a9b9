/// A step's options as written, before they are read: a scalar, a list or a mapping, each
/// with the line it is on (so that errors can name it). Pipeline files give these; Swift code
/// and other front ends (`wib pack`'s command line) can build them too. An option's type reads
/// its value from one (``ExpressibleByOption/init(option:)``).
public struct OptionValue: Sendable, Hashable {
    /// What the value holds.
    public enum Content: Sendable, Hashable {
        /// A single value, as written (`2024-01-01`, `PRK`, `true`).
        case scalar(String)
        /// A list.
        case list([OptionValue])
        /// A mapping, in the order written.
        case mapping([Entry])
    }

    /// One key and value of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key.
        public var key: String
        /// The value.
        public var value: OptionValue

        /// Creates an entry.
        public init(key: String, value: OptionValue) {
            self.key = key
            self.value = value
        }
    }

    /// What the value holds.
    public var content: Content
    /// The 1-based line it starts on in its file, when it came from one.
    public var line: Int?

    /// Creates a value.
    public init(_ content: Content, line: Int? = nil) {
        self.content = content
        self.line = line
    }

    /// A scalar.
    public static func scalar(_ text: String, line: Int? = nil) -> OptionValue { OptionValue(.scalar(text), line: line) }

    /// The text of a single value, for reading a value of `type`. Throws "expected a single
    /// value (date), not a list or a mapping" for anything else, naming `type`.
    public func scalar<Value: ExpressibleByOption>(as type: Value.Type) throws(OptionError) -> String {
        guard case .scalar(let text) = content else {
            throw OptionError("expected a single value (\(Value.optionType)), not a list or a mapping")
        }
        return text
    }

    /// The items of a list, for reading a list of `type`: a single value counts as a list of one
    /// (`annotate: states` is `annotate: [states]`). Throws "expected a list of text, not a
    /// mapping" for a mapping.
    public func items<Element: ExpressibleByOption>(of type: Element.Type) throws(OptionError) -> [OptionValue] {
        switch content {
        case .scalar: return [self]
        case .list(let items): return items
        case .mapping: throw OptionError("expected a \([Element].optionType), not a mapping")
        }
    }
}
