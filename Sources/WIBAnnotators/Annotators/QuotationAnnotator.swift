import WIBCore

/// Marks quoted words (“…” or "…") as quotations, with the speaker when the sentence names one
/// before the quote with a speech verb ("Putin said that …", "Rutte described the deployment as …").
///
/// Quotations are structure, not entities: they become `Inline.quotation` nodes, and the entities
/// the other finders mark inside them sit inside those nodes.
public struct QuotationAnnotator: EntityFinder {
    public static let name = "quotations"
    public var kinds: Set<EntityKind> { [] }
    public var marksQuotations: Bool { true }

    /// Creates the annotator.
    public init() {}

    static let pronouns: Set<String> = ["He", "She", "They", "It", "We", "I", "This", "These", "The", "That"]
    /// The verbs of ``SpeakerText/pattern`` (in any case): a sentence without one names no speaker.
    static let speechVerbs: WordSet = ["said", "says", "stated", "added", "noted", "warned", "described", "called", "characterised",
                                       "characterized", "emphasised", "emphasized", "stressed", "told", "urged", "argued", "claimed",
                                       "maintained", "declared", "insisted", "announced", "expressed"]

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block -> [FoundSpan] in
            var found: [FoundSpan] = []
            var open: (index: Int, curly: Bool)?
            for i in block.tokens.indices where block.tokens[i].kind == .punctuation {
                if block.isMark(i, "“") || (open == nil && block.isMark(i, "\"")) {
                    open = (i, block.isMark(i, "“"))
                } else if let start = open, (start.curly && block.isMark(i, "”")) || (!start.curly && block.isMark(i, "\"")), i > start.index + 1 {
                    let range = block.tokens[start.index].start..<block.tokens[i].end
                    found.append(FoundSpan(block: block.index, range: range, node: .quotation(speaker: speaker(before: start.index, in: block))))
                    open = nil
                }
            }
            return found
        }
    }

    /// The speaker a sentence names before the quote at token `quote`.
    private func speaker(before quote: Int, in block: BlockText) -> String? {
        let sentence = block.sentence(containing: quote)
        guard (sentence.lowerBound..<quote).contains(where: { QuotationAnnotator.speechVerbs.contains(block.tokens[$0].key) }) else { return nil }
        let who = SpeakerText.lastSpeaker(in: block, from: block.tokens[sentence.lowerBound].start, to: block.tokens[quote].start)
        return who.flatMap { QuotationAnnotator.pronouns.contains($0) ? nil : $0 }
    }
}
