import WIBCore

/// Marks UN member states and observer states by the names posts use ("the UK", "the DPRK",
/// "Côte d’Ivoire", "UK-based"); the id is the ISO 3166-1 alpha-3 code.
///
/// A name followed by its abbreviation in brackets is one mention: "Republic of Korea (ROK)".
/// Demonyms ("Russian") are not mentions of a state. Names come from ``MemberStates`` through
/// the ``Lexicon``.
public struct StateAnnotator: EntityFinder {
    public static let name = "states"
    public var kinds: Set<EntityKind> { [.memberState] }

    /// Creates the annotator.
    public init() {}

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block in
            block.phrases { if case .state(let code) = $0 { code } else { nil } }.map { phrase in
                var last = phrase.tokens.upperBound - 1
                // "Republic of Korea (ROK)": the abbreviation in brackets belongs to the mention.
                if let open = block.next(after: last), block.isMark(open, "("), let abbreviation = block.state(at: open + 1),
                   abbreviation.code == phrase.id, block.isMark(abbreviation.end, ")") {
                    last = abbreviation.end
                }
                return FoundSpan(block: block.index, range: block.range(tokens: phrase.tokens.lowerBound, through: last),
                                 entity: Entity(kind: .memberState, id: phrase.id))
            }
        }
    }
}
