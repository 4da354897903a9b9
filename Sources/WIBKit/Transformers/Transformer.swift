import WIBCore

/// One step of a pipeline: takes the corpus and gives it back changed.
///
/// Filters drop posts or blocks, annotators add entity spans and meeting metadata, exporters add
/// ``Artifact``s to the context (which the run writes only at the end, all at once, and only if
/// every step succeeded). A transformer must not write files itself.
///
/// ```swift
/// struct KeepBriefings: Transformer {
///     static let name = "keep-briefings"
///     func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
///         Corpus(posts: corpus.posts.filter { $0.meeting.format == "briefing" })
///     }
/// }
/// ```
///
/// To use a transformer from a pipeline file or the command line, conform to
/// ``ConfigurableTransformer`` as well and register it in a ``TransformerRegistry``.
public protocol Transformer: Sendable {
    /// The name a pipeline file gives it: `filter`, `annotate`, `export`, `tag-sanctions`.
    static var name: String { get }

    /// The corpus after this step. Throwing stops the run; nothing is written.
    ///
    /// The pipeline hands its only copy over (`consuming`); a step that rebuilds every post can
    /// take the parameter `consuming` too and replace the posts in place, so that the old
    /// versions go as the new ones come (``Annotate`` does). Declaring it without is fine.
    func transform(_ corpus: consuming Corpus, in context: TransformContext) async throws -> Corpus
}
