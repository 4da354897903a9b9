import WIBAnnotators
import WIBCore

/// Runs annotators over every post: entity spans in the text, and the meeting's requesters,
/// briefers and rule 37 participants.
///
/// In a pipeline file: `- annotate` (all of them) or `- annotate: [resolutions, states]`.
public struct Annotate: ConfigurableTransformer {
    public static let name = "annotate"
    public static let summary = "Marks resolutions, documents, states, people, dates and votes in each post, and fills in the meeting."
    public static let options = [
        TransformerOption("annotators", .choices(StandardAnnotators.names), "The annotators to run, in their fixed order (default: all)."),
    ]
    public static let shorthand: String? = "annotators"

    /// The annotators, in running order.
    public let annotators: [any Annotator]

    /// Runs `annotators` (by default every built-in one).
    public init(_ annotators: [any Annotator] = StandardAnnotators.all) {
        self.annotators = annotators
    }

    public init(options: TransformerOptions) throws(Diagnostic) {
        do {
            annotators = try StandardAnnotators.selection(options.texts("annotators"))
        } catch {
            throw options.error("\(error)", option: "annotators")
        }
    }

    /// Annotates the posts on every core; the result is the same as one by one.
    public func transform(_ corpus: consuming Corpus, in context: TransformContext) async throws -> Corpus {
        let annotators = annotators
        var corpus = corpus
        await Batch().update(&corpus.posts) { StandardAnnotators.annotate($0, with: annotators) }
        return corpus
    }
}
