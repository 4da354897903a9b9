import WIBCore
import WIBReaders

/// Removes page furniture: the chrome a reader kept (series header, Posted line, page controls,
/// Tags line, footer) and any top-level paragraph of the body that is only such a line, as saved
/// pages and copied text sometimes carry. The title, tags and dates stay in the metadata.
public struct StripBoilerplate: ConfigurableTransformer {
    public static let name = "strip-boilerplate"
    public static let summary = "Removes page furniture (Print/Share controls, footers, the Tags line) from each post."

    /// Creates the transformer.
    public init() {}

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        Corpus(posts: corpus.posts.map(stripped))
    }

    /// `post` without its page furniture.
    public func stripped(_ post: Post) -> Post {
        var post = post
        post.metadata.chrome = post.metadata.chrome.filter { $0.role == .title }
        post.body = post.body.filter { !StripBoilerplate.isFurniture($0) }
        return post
    }

    private static func isFurniture(_ block: Block) -> Bool {
        guard case .paragraph = block else { return false }
        let text = block.plainText
        let folded = text.folded
        return PageFurniture.isFooter(text) || PageFurniture.isControl(text) || folded == "what's in blue" || folded.hasPrefix("tags:")
    }
}
