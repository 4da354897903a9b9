import WIBCore

/// Drops the sections whose heading is one of the given names: the heading and every block after
/// it up to the next heading of the same or a higher level.
///
/// In a pipeline file: `- drop-sections: [Background, Key Issues]`.
public struct DropSections: ConfigurableTransformer {
    public static let name = "drop-sections"
    public static let summary = "Drops the sections with the given headings (case and diacritics ignored)."
    public static var shorthand: KeyPath<DropSections, DeclaredOption>? { \.$headings }

    /// The headings of the sections to drop, compared with case and diacritics ignored.
    @Option(help: "The headings of the sections to drop.")
    public var headings: [String] = []

    /// Drops no section, until ``headings`` are given.
    public init() {}

    /// Drops the sections headed `headings`.
    public init(headings: [String]) {
        self.headings = headings
    }

    public func validate() throws {
        if headings.isEmpty { throw OptionError("name the headings of the sections to drop, as drop-sections: [Background]") }
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        Corpus(posts: corpus.posts.map { post in
            var post = post
            post.body = kept(post.body)
            return post
        })
    }

    /// `blocks` without the dropped sections.
    public func kept(_ blocks: [Block]) -> [Block] {
        let headings = Set(self.headings.map(\.folded))
        var kept: [Block] = []
        var droppingBelow: Int?
        for block in blocks {
            if case .heading(let heading) = block {
                if let level = droppingBelow, heading.level > level { continue }
                droppingBelow = headings.contains(block.plainText.folded) ? heading.level : nil
                if droppingBelow != nil { continue }
            } else if droppingBelow != nil {
                continue
            }
            kept.append(block)
        }
        return kept
    }
}
