import WIBAnnotators
import WIBCore

/// Runs annotators over every post: entity spans in the text, and the meeting's requesters,
/// briefers and rule 37 participants.
///
/// In a pipeline file: `- annotate` (all of them) or `- annotate: [resolutions, states]`.
public struct Annotate: ConfigurableTransformer {
    public static let name = "annotate"
    public static let summary = "Marks resolutions, documents, states, people, dates and votes in each post, and fills in the meeting."
    public static var shorthand: KeyPath<Annotate, DeclaredOption>? { \.$annotators }

    /// The built-in annotators to run; they run in their fixed order, whatever the order given.
    @Option(help: "The annotators to run, in their fixed order.")
    public var annotators = AnnotatorName.allCases

    /// Annotators given as such in Swift (users' own among them), run instead of ``annotators``.
    private var given: [any Annotator]?

    /// Runs every built-in annotator.
    public init() {}

    /// Runs `annotators`, in that order; users' own that are not `EntityFinder`s run after the
    /// built-in ones.
    public init(_ annotators: [any Annotator]) {
        given = annotators
    }

    /// The annotators that run, in running order.
    public var running: [any Annotator] {
        given ?? StandardAnnotators.all.filter { annotator in annotators.contains { $0.rawValue == type(of: annotator).name } }
    }

    /// Annotates the posts on every core; the result is the same as one by one.
    public func transform(_ corpus: consuming Corpus, in context: TransformContext) async throws -> Corpus {
        let running = running
        var corpus = corpus
        await Batch().update(&corpus.posts) { StandardAnnotators.annotate($0, with: running) }
        return corpus
    }
}
