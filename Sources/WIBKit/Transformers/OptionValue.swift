/// A step's options as written, before they are checked: a scalar, a list or a mapping, each
/// with the line it is on (so that errors can name it). Pipeline files give these; Swift code
/// can build them too.
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
}
