import WIBCore

/// Adds knowledge to a post: inline entity spans in its body, or meeting metadata.
///
/// Annotators keep the text as it is: they only wrap runs of it in `.annotated` spans (or
/// quotations), so a post stays lossless however many annotators run over it. Running one twice
/// changes nothing. The built-in ones are ``EntityFinder``s, run together by the
/// ``AnnotationEngine``; write a finder to add entities of your own.
public protocol Annotator: Sendable {
    /// The name users give it (`resolutions`, `states`, `dates`).
    static var name: String { get }

    /// The post with this annotator's findings added.
    func annotate(_ post: Post) -> Post
}
