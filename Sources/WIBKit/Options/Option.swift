/// A transformer's option, declared once, as swift-argument-parser declares a command's: the
/// property's name is the option's name in a pipeline file, its initial value is the default, an
/// optional property has no default, and its type reads the value (``ExpressibleByOption``).
///
/// ```swift
/// @Option(help: "Put before each tag.") var prefix = "regime"     // prefix: text (default: regime)
/// @Option(help: "The first day kept.") var since: CalendarDate?    // since: date (YYYY-MM-DD)
/// ```
///
/// A transformer built from a pipeline file's step is made with `init()`, then each option the
/// step gives is read into its property (see ``ConfigurableTransformer``). The projected value
/// (`$since`) is the option as declared: its name, help, type and default, and whether the step
/// gave it, for ``ConfigurableTransformer/validate()`` and ``OptionError/init(_:at:)``.
///
/// An option keeps value semantics: a copy of a transformer changed through its properties does
/// not change the original.
///
/// swift-argument-parser has an `Option` too: in a file that imports both modules, write
/// `@WIBKit.Option`, or give one of them a `typealias` in your module, as `WIBCommandLine` does.
@propertyWrapper
public struct Option<Value: Sendable>: Sendable {
    private var storage: OptionStorage<Value>
    private let help: String
    private let valueType: String
    private let defaultValue: String?
    private let parse: @Sendable (OptionValue) throws(OptionError) -> Value

    private init(value: Value, help: String, valueType: String, defaultValue: String?,
                 parse: @escaping @Sendable (OptionValue) throws(OptionError) -> Value) {
        self.storage = OptionStorage(value)
        self.help = help
        self.valueType = valueType
        // An empty text or list is no default worth showing: the option then gives nothing.
        self.defaultValue = defaultValue.flatMap { $0.isEmpty || $0 == "[]" ? nil : $0 }
        self.parse = parse
    }

    /// The option's value: its default, or what the step gave.
    public var wrappedValue: Value {
        get { storage.value }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            storage.value = newValue
        }
    }

    /// The option as declared: name, help, type, default, and whether the step gave it.
    public var projectedValue: DeclaredOption {
        DeclaredOption(help: help, valueType: valueType, defaultValue: defaultValue, state: storage)
    }
}

extension Option where Value: ExpressibleByOption {
    /// An option whose default is the property's initial value: `@Option(help: "…") var prefix = "regime"`.
    public init(wrappedValue: Value, help: String) {
        self.init(value: wrappedValue, help: help, valueType: Value.optionType, defaultValue: wrappedValue.optionText,
                  parse: { (value) throws(OptionError) in try Value(option: value) })
    }
}

extension Option {
    /// An option of an optional property, `nil` (not applied) unless the step gives it:
    /// `@Option(help: "…") var since: CalendarDate?`.
    public init<Wrapped: ExpressibleByOption>(wrappedValue: Wrapped? = nil, help: String) where Value == Wrapped? {
        self.init(value: wrappedValue, help: help, valueType: Wrapped.optionType, defaultValue: wrappedValue?.optionText,
                  parse: { (value) throws(OptionError) in try Wrapped(option: value) })
    }
}

extension Option: ReadableOption {
    var declared: DeclaredOption { projectedValue }

    func read(_ value: OptionValue) throws(OptionError) {
        // Into the storage this transformer, just made by init(), shares with no other value.
        storage.value = try parse(value)
        storage.isGiven = true
    }
}

/// An option that a transformer's step can be read into: what ``ConfigurableTransformer``
/// finds among a transformer's properties.
protocol ReadableOption: Sendable {
    /// The option as declared.
    var declared: DeclaredOption { get }
    /// Reads `value` into the option, marking it given; throws when it is not of the option's type.
    func read(_ value: OptionValue) throws(OptionError)
}

/// What an option knows beyond its declaration: its name, once its transformer was looked at,
/// and whether a step gave it.
class OptionState: @unchecked Sendable {
    // Written only while a transformer is built from a step, before the transformer is shared.
    var name: String?
    var isGiven = false
}

/// An option's value, shared by copies of a transformer until one of them changes it.
final class OptionStorage<Value: Sendable>: OptionState, @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// A storage of its own with the same value, name and state.
    func copy() -> OptionStorage<Value> {
        let copy = OptionStorage(value)
        copy.name = name
        copy.isGiven = isGiven
        return copy
    }
}
