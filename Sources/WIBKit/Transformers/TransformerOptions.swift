import WIBCore

/// A step's options after the registry checked them against the transformer's
/// ``TransformerOption``s: every name is known and every value has its declared type.
public struct TransformerOptions: Sendable {
    /// A checked value.
    public enum Value: Sendable, Hashable {
        /// A string (also a `choice` or a `country`).
        case text(String)
        /// A list of strings (also `choices`).
        case texts([String])
        /// A date.
        case date(CalendarDate)
        /// A flag.
        case boolean(Bool)
        /// A duration.
        case seconds(Double)
    }

    /// The transformer the options are for.
    public let transformer: String
    /// The pipeline file the step is in, when it came from one.
    public let path: String?
    /// The step's line in that file.
    public let line: Int?
    private let values: [String: Value]
    private let lines: [String: Int]

    /// Options given directly, as Swift code does.
    public init(transformer: String, values: [String: Value] = [:], path: String? = nil, line: Int? = nil) {
        self.transformer = transformer
        self.values = values
        self.lines = [:]
        self.path = path
        self.line = line
    }

    /// Checks `value` (a step's options as written) against `type`'s options. Errors name the file,
    /// the line and the accepted names.
    public init(checking value: OptionValue?, for type: any ConfigurableTransformer.Type, path: String?, line: Int?) throws(Diagnostic) {
        self.transformer = type.name
        self.path = path
        self.line = line
        var values: [String: Value] = [:]
        var lines: [String: Int] = [:]
        let accepted = type.options.map(\.name)
        let entries: [OptionValue.Entry]
        switch value?.content {
        case nil:
            entries = []
        case .mapping(let given):
            entries = given
        case .scalar, .list:
            guard let shorthand = type.shorthand, let value else {
                throw .error(accepted.isEmpty ? "'\(type.name)' takes no options"
                             : "'\(type.name)' takes its options as a mapping, such as {\(accepted[0]): …}; its options are: \(accepted.joined(separator: ", "))",
                             path: path, line: value?.line ?? line)
            }
            entries = [OptionValue.Entry(key: shorthand, value: value)]
        }
        for entry in entries {
            let optionLine = entry.value.line ?? line
            guard let option = type.options.first(where: { $0.name == entry.key }) else {
                throw .error(accepted.isEmpty ? "'\(type.name)' takes no options, but was given '\(entry.key)'"
                             : "unknown option '\(entry.key)' for '\(type.name)'; its options are: \(accepted.joined(separator: ", "))",
                             path: path, line: optionLine)
            }
            guard values[entry.key] == nil else {
                throw .error("option '\(entry.key)' of '\(type.name)' is given twice", path: path, line: optionLine)
            }
            do throws(OptionProblem) {
                values[entry.key] = try TransformerOptions.check(entry.value, as: option.kind)
            } catch {
                throw .error("'\(type.name)' option '\(entry.key)': \(error.message)", path: path, line: optionLine)
            }
            lines[entry.key] = optionLine
        }
        self.values = values
        self.lines = lines
    }

    /// A `text`, `choice` or `country` option's value.
    public func text(_ name: String) -> String? {
        if case .text(let text) = values[name] { return text }
        return nil
    }

    /// A `texts` or `choices` option's value.
    public func texts(_ name: String) -> [String]? {
        if case .texts(let texts) = values[name] { return texts }
        return nil
    }

    /// A `date` option's value.
    public func date(_ name: String) -> CalendarDate? {
        if case .date(let date) = values[name] { return date }
        return nil
    }

    /// A `boolean` option's value.
    public func boolean(_ name: String) -> Bool? {
        if case .boolean(let flag) = values[name] { return flag }
        return nil
    }

    /// A `seconds` option's value.
    public func seconds(_ name: String) -> Double? {
        if case .seconds(let seconds) = values[name] { return seconds }
        return nil
    }

    /// An error about these options, located at `option`'s line (or the step's).
    public func error(_ message: String, option: String? = nil) -> Diagnostic {
        let subject = option.map { "'\(transformer)' option '\($0)'" } ?? "'\(transformer)'"
        return .error("\(subject): \(message)", path: path, line: option.flatMap { lines[$0] } ?? line)
    }

    /// Why a value does not have its option's type.
    private struct OptionProblem: Error {
        let message: String
    }

    private static func check(_ value: OptionValue, as kind: TransformerOption.Kind) throws(OptionProblem) -> Value {
        switch kind {
        case .text:
            return .text(try scalar(value))
        case .texts:
            return .texts(try list(value))
        case .date:
            let text = try scalar(value)
            guard let date = CalendarDate(iso: text) else { throw OptionProblem(message: "'\(text)' is not a date; write YYYY-MM-DD") }
            return .date(date)
        case .boolean:
            switch try scalar(value).lowercased() {
            case "true", "yes", "on": return .boolean(true)
            case "false", "no", "off": return .boolean(false)
            case let other: throw OptionProblem(message: "'\(other)' is not true or false")
            }
        case .seconds:
            let text = try scalar(value)
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw OptionProblem(message: "'\(text)' is not a positive number of seconds")
            }
            return .seconds(seconds)
        case .choice(let names):
            let text = try scalar(value)
            guard names.contains(text) else { throw OptionProblem(message: "'\(text)' is not one of: \(names.joined(separator: ", "))") }
            return .text(text)
        case .choices(let names):
            let texts = try list(value)
            if let unknown = texts.first(where: { !names.contains($0) }) {
                throw OptionProblem(message: "'\(unknown)' is not one of: \(names.joined(separator: ", "))")
            }
            return .texts(texts)
        case .country:
            let text = try scalar(value)
            do throws(Diagnostic) {
                return .text(try Filter.countryCode(text))
            } catch {
                throw OptionProblem(message: error.message)
            }
        }
    }

    private static func scalar(_ value: OptionValue) throws(OptionProblem) -> String {
        guard case .scalar(let text) = value.content else { throw OptionProblem(message: "expected a single value, not a list or a mapping") }
        return text
    }

    private static func list(_ value: OptionValue) throws(OptionProblem) -> [String] {
        switch value.content {
        case .scalar(let text): return [text]
        case .list(let items): return try items.map { (item) throws(OptionProblem) in try scalar(item) }
        case .mapping: throw OptionProblem(message: "expected a list, not a mapping")
        }
    }
}
