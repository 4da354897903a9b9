import WIBCore

/// Marks votes and outcomes: vetoes, abstentions, votes in favour or against, adoptions
/// (unanimous or not), vote counts ("13-0-2", "13 votes in favour"), drafts "in blue", and
/// silence procedures (placed "under silence", silence "broken").
///
/// The id names the outcome (`veto`, `abstention`, `in-favour`, `against`, `adoption`,
/// `unanimous-adoption`, `vote-count`, `in-blue`, `silence`, `silence-broken`). The `states`
/// attribute lists, as comma-separated ISO codes, the states that cast it: for a verb ("China and
/// Russia vetoed", "three members abstained"), the states named before it in its clause; for a noun
/// ("the veto", "its abstention"), only a possessive ("Russia’s veto") or an agent ("a veto by
/// Russia"). States that only talk about a vote ("Estonia and Mexico linked the veto to …") cast
/// none.
public struct VoteAnnotator: EntityFinder {
    public static let name = "votes"
    public var kinds: Set<EntityKind> { [.vote] }

    private static let outcomes: [(id: String, pattern: String)] = [
        ("unanimous-adoption", "(?:unanimously adopt(?:ed|s|ing)?|adopt(?:ed|s)? unanimously|adopted by consensus|unanimously|unanimous)"),
        ("silence-broken", "(?:(?:broke|broken|breaks|breaking|break) silence|silence (?:was|has been|is|had been) broken)"),
        ("silence", "(?:under silence|silence procedure)"),
        ("vote-count", "(?:\\d{1,2}-\\d{1,2}-\\d{1,2}|\\d{1,3} (?:votes? )?in favou?r)"),
        ("in-favour", "vot(?:ed|es|ing|e) in favou?r"),
        ("against", "vot(?:ed|es|ing|e) against"),
        ("veto", "vetoe?(?:d|s|ing)?"),
        ("abstention", "(?:abstain(?:ed|s|ing)?|abstentions?)"),
        ("adoption", "(?:adopt(?:ed|s|ing|ion)?)"),
        ("in-blue", "in blue"),
    ]

    /// Every outcome, each in its own numbered group.
    private static let pattern = TextPattern("\\b(?:" + outcomes.map { "(\($0.pattern))" }.joined(separator: "|") + ")\\b")

    /// Words of which every outcome has one (a tally has a hyphen between numbers).
    private static let triggers: Set<WordKey> = ["veto", "vetoed", "vetoes", "vetoing", "abstain", "abstained", "abstains", "abstaining",
                                                 "abstention", "abstentions", "favour", "favor", "against", "adopt", "adopted", "adopts",
                                                 "adopting", "adoption", "unanimously", "unanimous", "silence", "blue"]
    /// Outcome words that are nouns: their casters are named by a possessive or after "by".
    private static let nouns: Set<WordKey> = ["veto", "vetoes", "abstention", "abstentions"]

    /// Creates the annotator.
    public init() {}

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block -> [FoundSpan] in
            let tally = block.tokens.indices.contains { block.tokens[$0].kind == .number && block.isMark($0 + 1, "-") && block.number(at: $0 + 2) != nil }
            guard tally || block.tokens.contains(where: { VoteAnnotator.triggers.contains($0.key) }) else { return [] }
            var previousInSentence: (sentence: Range<Int>, end: Int)?
            return VoteAnnotator.pattern.matches(in: block.text).compactMap { match -> FoundSpan? in
                guard let slot = (1...VoteAnnotator.outcomes.count).first(where: { match.matched(group: $0) }) else { return nil }
                let range = block.offsets(match.range)
                let first = block.token(at: range.lowerBound), last = block.token(at: range.upperBound - 1)
                let sentence = block.sentence(containing: first)
                let from = previousInSentence.flatMap { $0.sentence == sentence ? $0.end : nil } ?? sentence.lowerBound
                previousInSentence = (sentence, last + 1)
                var entity = Entity(kind: .vote, id: VoteAnnotator.outcomes[slot - 1].id)
                let casters = VoteAnnotator.casters(of: first...last, from: from, in: block)
                if !casters.isEmpty { entity.attributes["states"] = casters.joined(separator: ",") }
                return FoundSpan(block: block.index, range: range, entity: entity)
            }
        }
    }

    /// The states that cast the outcome at tokens `outcome`, looking back no further than `from`.
    static func casters(of outcome: ClosedRange<Int>, from: Int, in block: BlockText) -> [String] {
        let word = outcome.lowerBound
        if nouns.contains(block.tokens[word].key), !isVerbal(word, in: block) {
            var found: [String] = []
            // "Russia’s veto", "Russia’s 2022 veto"
            var back = block.previous(before: word)
            if let year = back, block.tokens[year].kind == .number { back = block.previous(before: year) }
            if let s = back, block.isWord(s, "s"), let apostrophe = block.previous(before: s), block.isMark(apostrophe, "’") || block.isMark(apostrophe, "'") {
                found += states(endingAt: apostrophe - 1, in: block)
            }
            // "a veto by Russia", "abstentions by China and India"
            if let by = block.next(after: outcome.upperBound), block.isWord(by, "by") {
                var i = by + 1
                while i < block.tokens.count, !block.isMark(i, ","), !block.isMark(i, "."), !block.isMark(i, ";") {
                    if let state = block.state(at: i) { found.append(state.code); i = state.end } else { i += 1 }
                    if let next = block.next(after: i - 1), block.isWordLike(next), !block.isWord(next, "and"), block.state(at: next) == nil,
                       !block.isWord(next, "the") { break }
                }
            }
            return unique(found)
        }
        // A verb: the states before it in its clause; when an aside (after a dash or an opening
        // bracket) names some, only those.
        var start = from
        for i in stride(from: word - 1, through: from, by: -1) where block.isMark(i, "—") || block.isMark(i, "(") || block.isMark(i, ";") {
            if !block.actingStates(in: (i + 1)..<word).isEmpty { start = i + 1 }
            break
        }
        return block.actingStates(in: start..<word)
    }

    /// Whether a noun form is used as a verb ("to veto", "would veto").
    private static func isVerbal(_ word: Int, in block: BlockText) -> Bool {
        guard block.isWord(word, "veto") else { return false }
        return block.isWord(block.previous(before: word), in: ["to", "will", "would", "may", "might", "could", "not", "can"])
    }

    /// The states named in the words that end at token `end` ("the UK", "Russia").
    private static func states(endingAt end: Int, in block: BlockText) -> [String] {
        var i = end
        while i >= 0, block.tokens[i].kind != .space, !block.isMark(i, ","), i > end - 8 { i -= 1 }
        return block.actingStates(in: (i + 1)..<(end + 1))
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }
    }
}
