import Foundation
import WIBKit

/// Tags each post with the sanctions regimes it mentions: by the resolution that established the
/// regime (after `annotate` has marked resolutions), by its committee ("the 2140 Committee"), or
/// by name ("the Yemen sanctions").
///
/// In a pipeline file: `- tag-sanctions` or `- tag-sanctions: {prefix: regime, only: true}`.
public struct TagSanctions: ConfigurableTransformer {
    public static let name = "tag-sanctions"
    public static let summary = "Tags posts with the sanctions regimes they mention (run annotate first)."
    public static let options = [
        TransformerOption("prefix", .text, "Put before each tag (default: sanctions), as in \"sanctions: 2140 Yemen\"."),
        TransformerOption("only", .boolean, "Keep only the posts that mention a regime (default: false)."),
    ]

    /// Put before each tag.
    public let prefix: String
    /// Whether posts without a regime are dropped.
    public let only: Bool

    /// Creates the transformer.
    public init(prefix: String = "sanctions", only: Bool = false) {
        self.prefix = prefix
        self.only = only
    }

    public init(options: TransformerOptions) throws(Diagnostic) {
        let prefix = options.text("prefix") ?? "sanctions"
        guard !prefix.isEmpty else { throw options.error("the prefix cannot be empty", option: "prefix") }
        self.init(prefix: prefix, only: options.boolean("only") ?? false)
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        var posts: [Post] = []
        for var post in corpus.posts {
            let tags = regimes(in: post).map { "\(prefix): \($0.tag)" }
            if only, tags.isEmpty { continue }
            post.metadata.tags += tags.filter { !post.metadata.tags.contains($0) }
            posts.append(post)
        }
        return Corpus(posts: posts)
    }

    /// The regimes `post` mentions, in the order of `SanctionsRegime.all`.
    public func regimes(in post: Post) -> [SanctionsRegime] {
        let resolutions = Set(post.distinctEntityIDs(of: .resolution).compactMap(TagSanctions.number(ofSymbol:)))
        let text = post.bodyText.lowercased()
        return SanctionsRegime.all.filter { regime in
            resolutions.contains(regime.resolution)
                || text.contains("\(regime.resolution) committee")
                || text.contains("\(regime.resolution) \(regime.name.lowercased()) sanctions committee")
                || text.contains("\(regime.name.lowercased()) sanctions")
        }
    }

    /// 2140 for `S/RES/2140(2014)`.
    private static func number(ofSymbol symbol: String) -> Int? {
        guard symbol.hasPrefix("S/RES/"), let open = symbol.firstIndex(of: "(") else { return nil }
        return Int(symbol[symbol.index(symbol.startIndex, offsetBy: 6)..<open])
    }
}
