import WIBCore

/// The transformers a pipeline file can name, by name: the built-in ones, and any a user's own
/// module registers.
///
/// ```swift
/// var registry = TransformerRegistry.standard
/// try registry.register(TagSanctions.self)
/// ```
public struct TransformerRegistry: Sendable {
    /// The registered transformers, in the order `wib transformers` lists them.
    public private(set) var types: [any ConfigurableTransformer.Type]

    /// A registry of `types`.
    public init(_ types: [any ConfigurableTransformer.Type] = []) {
        self.types = types
    }

    /// The built-in transformers.
    public static let standard = TransformerRegistry([
        Annotate.self, Filter.self, StripBoilerplate.self, DropSections.self, Exec.self, Export.self,
    ])

    /// The registered names, in order.
    public var names: [String] { types.map { $0.name } }

    /// Adds `type`; a name that is already taken is refused, so that a user's transformer never
    /// silently replaces a built-in one, and so is a ``ConfigurableTransformer/shorthand`` that
    /// leads to none of the type's options.
    public mutating func register(_ type: any ConfigurableTransformer.Type) throws(Diagnostic) {
        guard !names.contains(type.name) else {
            throw .error("a transformer named '\(type.name)' is already registered; choose another name", path: nil)
        }
        guard !type.namesShorthand || type.shorthandOption != nil else {
            throw .error("the shorthand of '\(type.name)' is none of its options; name an option's projected value, as \\.$headings", path: nil)
        }
        types.append(type)
    }

    /// The transformer registered as `name`.
    public func type(named name: String) -> (any ConfigurableTransformer.Type)? {
        types.first { $0.name == name }
    }

    /// Builds the transformer a step names, with its options read and checked
    /// (``ConfigurableTransformer/init(checking:path:line:)``).
    public func make(_ step: PipelineStep, path: String?) throws(Diagnostic) -> any Transformer {
        guard let type = type(named: step.name) else {
            throw .error("unknown transformer '\(step.name)'; the transformers are: \(names.joined(separator: ", "))", path: path, line: step.line)
        }
        return try type.init(checking: step.options, path: path, line: step.line)
    }
}
