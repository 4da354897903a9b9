import Foundation
import WIBKit

/// Tags each post with the sanctions regimes it mentions: through its resolutions (the
/// `annotate` step marks each with its regime, "1718 DPRK sanctions") or through a committee
/// named by its resolution number ("the 2140 Committee", "the 1970 Libya Sanctions Committee").
///
/// In a pipeline file: `- tag-sanctions` or `- tag-sanctions: {prefix: regime, only: true}`.
public struct TagSanctions: ConfigurableTransformer {
    public static let name = "tag-sanctions"
    public static let summary = "Tags posts with the sanctions regimes they mention (run annotate first)."
    public static let options = [
        TransformerOption("prefix", .text, "Put before each tag (default: regime), as in \"regime: 2140 Yemen sanctions\"."),
        TransformerOption("only", .boolean, "Keep only the posts that mention a regime (default: false)."),
    ]

    /// Put before each tag.
    public let prefix: String
    /// Whether posts without a regime are dropped.
    public let only: Bool

    /// Creates the transformer.
    public init(prefix: String = "regime", only: Bool = false) {
        self.prefix = prefix
        self.only = only
    }

    public init(options: TransformerOptions) throws(Diagnostic) {
        let prefix = options.text("prefix") ?? "regime"
        guard !prefix.isEmpty else { throw options.error("the prefix cannot be empty", option: "prefix") }
        self.init(prefix: prefix, only: options.boolean("only") ?? false)
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        var posts: [Post] = []
        for var post in corpus.posts {
            let tags = regimes(in: post).map { "\(prefix): \($0)" }
            if only, tags.isEmpty { continue }
            post.metadata.tags += tags.filter { !post.metadata.tags.contains($0) }
            posts.append(post)
        }
        return Corpus(posts: posts)
    }

    /// The regimes `post` mentions, in order of first mention.
    public func regimes(in post: Post) -> [String] {
        var found: [String] = []
        for mention in post.entities where mention.entity.kind == .resolution {
            if let regime = mention.entity.attributes[.regime], !found.contains(regime) { found.append(regime) }
        }
        let text = post.bodyText
        let committees = try! NSRegularExpression(pattern: "\\b([0-9]{3,4})(?: [A-Z][A-Za-z-]*)*(?: Sanctions)? Committee\\b")
        for match in committees.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range(at: 1), in: text), let number = Int(text[range]),
                  let regime = SanctionsRegimes.byResolution[number], !found.contains(regime) else { continue }
            found.append(regime)
        }
        return found
    }
}
