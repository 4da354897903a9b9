import WIBCore

/// A transformer that a pipeline file (`wib.yml`) can name: it describes its options, and is
/// built from the options a step gives after the registry has checked their names and types.
///
/// ```swift
/// struct TagSanctions: ConfigurableTransformer {
///     static let name = "tag-sanctions"
///     static let summary = "Tags posts that mention a sanctions regime."
///     static let options = [TransformerOption("tag", .text, "The tag to add (default: sanctions).")]
///     let tag: String
///     init(options: TransformerOptions) throws(Diagnostic) {
///         tag = options.text("tag") ?? "sanctions"
///     }
///     func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { … }
/// }
/// ```
public protocol ConfigurableTransformer: Transformer {
    /// One line saying what it does, shown by `wib transformers`.
    static var summary: String { get }
    /// The options it accepts; any other option is an error.
    static var options: [TransformerOption] { get }
    /// The option that a value other than a mapping fills, so that `annotate: [states]` means
    /// `annotate: {annotators: [states]}`; `nil` when only a mapping is accepted.
    static var shorthand: String? { get }

    /// Builds the transformer from checked options; throws ``TransformerOptions/error(_:option:)``
    /// for values that are well-typed but unusable (`since` after `until`).
    init(options: TransformerOptions) throws(Diagnostic)
}

extension ConfigurableTransformer {
    /// No options.
    public static var options: [TransformerOption] { [] }
    /// No shorthand.
    public static var shorthand: String? { nil }
}
