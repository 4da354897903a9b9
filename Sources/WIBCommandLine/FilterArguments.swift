import ArgumentParser
import WIBKit

/// `wib pack`'s filter: ``Filter``'s own options on the command line, `--agenda`, `--country`,
/// `--since` and `--until`. Each property is named as Filter's option is and takes its help from
/// Filter's declaration; the values given are read into a `Filter` by Filter's own declarations
/// (types, checks, cross-checks), as a pipeline file's `filter` step is. So `--country Haiti` is
/// refused with the message `filter: {country: Haiti}` gets, and a check added to Filter holds
/// here too.
struct FilterArguments: ParsableArguments {
    @Option(help: .filter(\.$agenda)) var agenda: String?
    @Option(help: .filter(\.$country)) var country: String?
    @Option(help: .filter(\.$since)) var since: String?
    @Option(help: .filter(\.$until)) var until: String?

    func validate() throws {
        _ = try filter()
    }

    /// The filter the options give (one that keeps every post when none is given). Throws a usage
    /// error naming the option and its value: `--country Haiti: write the ISO 3166-1 alpha-3
    /// code: HTI, not 'Haiti'`.
    func filter() throws(ValidationError) -> Filter {
        // Each option given, under its property's name, which is Filter's option's.
        let given = Mirror(reflecting: self).children.compactMap { child -> OptionValue.Entry? in
            guard let label = child.label, label.hasPrefix("_"), let value = (child.value as? Option<String?>)?.wrappedValue else { return nil }
            return OptionValue.Entry(key: String(label.dropFirst()), value: .scalar(value))
        }
        do throws(OptionError) {
            return try Filter(options: given)
        } catch {
            let option = given.first { $0.key == error.option }
            let subject = option.map { entry -> String in
                guard case .scalar(let text) = entry.value.content else { return "--\(entry.key): " }
                return "--\(entry.key) \(text): "
            }
            throw ValidationError((subject ?? "") + error.message)
        }
    }
}

extension ArgumentHelp {
    /// The help of one of ``Filter``'s options, with its type: "The first meeting date kept (…).
    /// Value: date (YYYY-MM-DD)."
    static func filter(_ option: KeyPath<Filter, DeclaredOption>) -> ArgumentHelp {
        let declared = Filter()[keyPath: option]
        return ArgumentHelp("\(declared.help) Value: \(declared.valueType).")
    }
}
