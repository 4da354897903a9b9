import WIBCore

/// A transformer that a pipeline file (`wib.yml`) can name, whose options are declared once, as
/// swift-argument-parser declares a command's arguments: each is a property with the ``Option``
/// property wrapper. The option's name is the property's, its default the initial value (an
/// optional property has none), and its type (any ``ExpressibleByOption``) reads and checks the
/// value and names itself in `wib transformers`.
///
/// ```swift
/// struct TagSanctions: ConfigurableTransformer {
///     static let name = "tag-sanctions"
///     static let summary = "Tags posts with the sanctions regimes they mention."
///
///     @Option(help: "Put before each tag.") var prefix = "regime"
///     @Option(help: "Keep only the posts that mention a regime.") var only = false
///     @Option(help: "The first meeting date tagged.") var since: CalendarDate?
///
///     init() {}
///
///     func validate() throws {
///         if prefix.isEmpty { throw OptionError("the prefix cannot be empty", at: $prefix) }
///     }
///
///     func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { … }
/// }
/// ```
///
/// With it, `- tag-sanctions: {prefix: sanctions, only: true}` works in a pipeline file, and
/// `wib transformers` shows `prefix: text (default: regime)`, `only: true or false (default:
/// false)` and `since: date (YYYY-MM-DD)` with their help.
///
/// A step is read as swift-argument-parser reads a command line: the transformer is made with
/// `init()`, each option the step gives is read into its property (found by reflection, `Mirror`),
/// then ``validate()`` runs. An unknown option ("did you mean" the closest), a value of the wrong
/// type (the error names the expected type), and an error thrown by ``validate()`` are reported
/// as `wib.yml:LINE: error: MESSAGE`, at the option's line.
public protocol ConfigurableTransformer: Transformer {
    /// One line saying what it does, shown by `wib transformers`.
    static var summary: String { get }

    /// The option that a value other than a mapping fills, so that `annotate: [states]` means
    /// `annotate: {annotators: [states]}`: the key path of the option's projected value,
    /// `static var shorthand: KeyPath<Annotate, DeclaredOption>? { \.$annotators }`. `nil` (the
    /// default) when only a mapping is accepted.
    static var shorthand: KeyPath<Self, DeclaredOption>? { get }

    /// The transformer with every option at its default, which a step's options are read into.
    init()

    /// Checks the options together, after a step's are read (`since` after `until`). Throw an
    /// ``OptionError``, at the option it is about (`OptionError("…", at: $until)`) or about the
    /// step; any other error is reported with its description. The default checks nothing.
    func validate() throws
}

extension ConfigurableTransformer {
    /// No shorthand.
    public static var shorthand: KeyPath<Self, DeclaredOption>? { nil }

    /// No cross-checks.
    public func validate() throws {}
}
