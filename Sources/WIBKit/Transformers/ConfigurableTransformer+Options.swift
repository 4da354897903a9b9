import WIBCore

extension ConfigurableTransformer {
    /// Its options, in the order they are declared, each named after its property.
    public static var options: [DeclaredOption] {
        Self().readableOptions.map(\.declared)
    }

    /// The option ``shorthand`` names; `nil` when there is none, or when the key path leads to no
    /// option of this transformer (``TransformerRegistry/register(_:)`` refuses such a type).
    public static var shorthandOption: DeclaredOption? {
        guard let shorthand else { return nil }
        let transformer = Self()
        let option = transformer[keyPath: shorthand]
        return transformer.readableOptions.contains { $0.declared.state === option.state } ? option : nil
    }

    /// Whether it names a ``shorthand`` at all, found or not.
    static var namesShorthand: Bool { shorthand != nil }

    /// Builds it from a pipeline file's step: `options` as written (a mapping, or a value for the
    /// ``shorthand``), read as the type describes, then ``validate()``. Errors name the file, the
    /// line of the option concerned (or `line`, the step's) and what is accepted:
    /// `wib.yml:6: error: 'filter' option 'country': write the ISO 3166-1 alpha-3 code: PRK, not 'North Korea'`.
    public init(checking options: OptionValue?, path: String? = nil, line: Int? = nil) throws(Diagnostic) {
        let entries: [OptionValue.Entry]
        switch options?.content {
        case nil:
            entries = []
        case .mapping(let given):
            entries = given
        case .scalar, .list:
            guard let shorthand = Self.shorthandOption?.name, let options else {
                let names = Self.options.compactMap(\.name)
                throw .error(names.isEmpty ? "'\(Self.name)' takes no options"
                             : "'\(Self.name)' takes its options as a mapping, such as {\(names[0]): …}; its options are: \(names.joined(separator: ", "))",
                             path: path, line: options?.line ?? line)
            }
            entries = [OptionValue.Entry(key: shorthand, value: options)]
        }
        do throws(OptionError) {
            try self.init(options: entries)
        } catch {
            throw .error(error.message(for: Self.name), path: path, line: error.line ?? line)
        }
    }

    /// Builds it from options given by name, in order (a pipeline file's mapping, or another front
    /// end's, such as `wib pack`'s `--country`): made with `init()`, each option read into its
    /// property, then ``validate()``.
    ///
    /// Throws an ``OptionError`` naming the option and, when the value has one, its line: for an
    /// unknown name (with "did you mean"), a name given twice, a value not of the option's type,
    /// or an error from ``validate()``.
    public init(options entries: [OptionValue.Entry]) throws(OptionError) {
        self.init()
        let declared = readableOptions
        let names = declared.compactMap(\.declared.name)
        var lines: [String: Int] = [:]
        var given: Set<String> = []
        for entry in entries {
            let line = entry.value.line
            guard let option = declared.first(where: { $0.declared.name == entry.key }) else {
                throw OptionError(standingAlone: names.isEmpty ? "'\(Self.name)' takes no options, but was given '\(entry.key)'"
                                  : "unknown option '\(entry.key)' for '\(Self.name)'\(NameSuggestion(for: entry.key, among: names).clause); its options are: \(names.joined(separator: ", "))",
                                  option: entry.key, line: line)
            }
            guard given.insert(entry.key).inserted else {
                throw OptionError(standingAlone: "option '\(entry.key)' of '\(Self.name)' is given twice", option: entry.key, line: line)
            }
            do throws(OptionError) {
                try option.read(entry.value)
            } catch {
                var located = error
                (located.option, located.line) = (entry.key, line)
                throw located
            }
            if let line { lines[entry.key] = line }
        }
        do {
            try validate()
        } catch var error as OptionError {
            error.line = error.line ?? error.option.flatMap { lines[$0] }
            throw error
        } catch {
            throw OptionError("\(error)")
        }
    }

    /// Its options, found by reflection (`Mirror`) among its properties as swift-argument-parser
    /// finds a command's, and named after them: `_since`, the wrapper's storage, is `since`.
    var readableOptions: [any ReadableOption] {
        Mirror(reflecting: self).children.compactMap { child in
            guard let label = child.label, label.hasPrefix("_"), let option = child.value as? any ReadableOption else { return nil }
            option.declared.state.name = String(label.dropFirst())
            return option
        }
    }
}
