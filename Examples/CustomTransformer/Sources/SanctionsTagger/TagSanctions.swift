import Foundation
import WIBKit

/// Tags each post with the sanctions regimes it mentions: through its resolutions (the
/// `annotate` step marks each with its regime, "1718 DPRK sanctions") or through a committee
/// named by its resolution number ("the 2140 Committee", "the 1970 Libya Sanctions Committee").
///
/// In a pipeline file: `- tag-sanctions` or `- tag-sanctions: {prefix: regime, only: true}`.
/// Each option is declared once, as a property: its name, type and default are the property's.
public struct TagSanctions: ConfigurableTransformer {
    public static let name = "tag-sanctions"
    public static let summary = "Tags posts with the sanctions regimes they mention (run annotate first)."

    /// Which mentions of a regime count. An enumeration of our own: declaring the conformance is
    /// all it takes to be an option's type ("one of: resolutions, committees, both").
    public enum Evidence: String, CaseIterable, ExpressibleByOption {
        /// Resolutions that `annotate` marked with their regime.
        case resolutions
        /// Committees named by their resolution's number.
        case committees
        /// Either.
        case both
    }

    /// Put before each tag.
    @Option(help: "Put before each tag, as in \"regime: 2140 Yemen sanctions\".")
    public var prefix = "regime"
    /// Whether posts without a regime are dropped.
    @Option(help: "Keep only the posts that mention a regime.")
    public var only = false

    /// Which mentions of a regime count.
    @Option(help: "Which mentions of a regime count: resolutions, committees named by number, or both.")
    public var evidence = Evidence.both

    /// Tags every post with the regimes it mentions either way, and keeps them all.
    public init() {}

    public func validate() throws {
        if prefix.isEmpty { throw OptionError("the prefix cannot be empty", at: $prefix) }
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

    /// The regimes `post` mentions in the ways ``evidence`` counts, in order of first mention.
    public func regimes(in post: Post) -> [String] {
        var found: [String] = []
        for mention in post.entities where mention.entity.kind == .resolution && evidence != .committees {
            if let regime = mention.entity.attributes[.regime], !found.contains(regime) { found.append(regime) }
        }
        guard evidence != .resolutions else { return found }
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
