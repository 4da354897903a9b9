import WIBCore

/// Adds knowledge to a post: inline entity spans in its body, or meeting metadata.
///
/// Annotators keep the text as it is: they only wrap runs of it in `.annotated` spans, so a post
/// stays lossless however many annotators run over it. Running one twice changes nothing.
public protocol Annotator: Sendable {
    /// The name users give it (`resolutions`, `states`, `dates`).
    static var name: String { get }

    /// The post with this annotator's findings added.
    func annotate(_ post: Post) -> Post
}

extension Annotator {
    /// The post with `finder`'s matches wrapped as spans of `kind` in every text leaf.
    func annotatingSpans(of kind: EntityKind, in post: Post, finder: @escaping (String) -> [TextMatch]) -> Post {
        post.rewritten(by: SpanRewriter(kind: kind, find: finder))
    }
}
