import WIBCore

/// Marks votes and outcomes: vetoes, abstentions, votes in favour or against, adoptions
/// (unanimous or not), vote counts ("13-0-2", "13 votes in favour"), drafts "in blue", and
/// silence procedures (placed "under silence", silence "broken").
///
/// The id names the outcome (`veto`, `abstention`, `in-favour`, `against`, `adoption`,
/// `unanimous-adoption`, `vote-count`, `in-blue`, `silence`, `silence-broken`). The
/// ``EntityAttributeKey/states`` attribute lists, as ISO codes, the states that cast it: for a
/// verb ("China and Russia vetoed", "three members abstained"), the states named before it in its
/// clause; for a noun ("the veto", "its abstention"), only a possessive ("Russia’s veto") or an
/// agent ("a veto by Russia"). States that only talk about a vote ("Estonia and Mexico linked the
/// veto to …") cast none.
public struct VoteAnnotator: EntityFinder {
    private static let verbalMarkers: WordSet = ["to", "will", "would", "may", "might", "could", "not", "can"]
    public static let name = "votes"
    public var kinds: Set<EntityKind> { [.vote] }

    /// The outcomes, tried in this order at each word: each a list of word sequences (a set of
    /// words for each place), the first that matches wins.
    private static let outcomes: [(id: String, forms: [[[String]]])] = [
        ("unanimous-adoption", [[["unanimously"], ["adopt", "adopted", "adopts", "adopting"]], [["adopt", "adopted", "adopts"], ["unanimously"]],
                                [["adopted"], ["by"], ["consensus"]], [["unanimously", "unanimous"]]]),
        ("silence-broken", [[["broke", "broken", "breaks", "breaking", "break"], ["silence"]], [["silence"], ["was", "is"], ["broken"]],
                            [["silence"], ["has", "had"], ["been"], ["broken"]]]),
        ("silence", [[["under"], ["silence"]], [["silence"], ["procedure"]]]),
        ("in-favour", [[["voted", "votes", "voting", "vote"], ["in"], ["favour", "favor"]]]),
        ("against", [[["voted", "votes", "voting", "vote"], ["against"]]]),
        ("veto", [[["veto", "vetoed", "vetoes", "vetoing", "vetos", "vetod"]]]),
        ("abstention", [[["abstain", "abstained", "abstains", "abstaining", "abstention", "abstentions"]]]),
        ("adoption", [[["adopt", "adopted", "adopts", "adopting", "adoption"]]]),
        ("in-blue", [[["in"], ["blue"]]]),
    ]

    /// Outcome words that are nouns: their casters are named by a possessive or after "by".
    private static let nouns: WordSet = ["veto", "vetoes", "abstention", "abstentions"]

    /// Creates the annotator.
    public init() {}

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block -> [FoundSpan] in
            var found: [FoundSpan] = []
            var previousInSentence: (sentence: Range<Int>, end: Int)?
            var i = 0
            while i < block.tokens.count {
                guard let (id, last) = VoteAnnotator.outcome(at: i, in: block) else { i += 1; continue }
                let sentence = block.sentence(containing: i)
                let from = previousInSentence.flatMap { $0.sentence == sentence ? $0.end : nil } ?? sentence.lowerBound
                previousInSentence = (sentence, last + 1)
                var entity = Entity(kind: .vote, id: id)
                let casters = VoteAnnotator.casters(of: i...last, from: from, in: block)
                if !casters.isEmpty { entity.attributes[.states] = casters }
                found.append(FoundSpan(block: block.index, range: block.range(tokens: i, through: last), entity: entity))
                i = last + 1
            }
            return found
        }
    }

    /// The outcome that starts at token `i` and its last token: a tally ("13-0-2", "13 votes in
    /// favour") or one of ``outcomes``, in lower case.
    static func outcome(at i: Int, in block: BlockText) -> (id: String, last: Int)? {
        let token = block.tokens[i]
        if token.kind == .number, let last = tally(at: i, in: block) { return ("vote-count", last) }
        guard token.kind == .word, !token.isCapitalised, let candidates = byFirstWord[token.key], !block.isMark(i - 1, "-") else { return nil }
        for candidate in candidates {
            let form = forms[candidate]
            if let last = sequence(form.words, at: i, in: block) { return (form.id, last) }
        }
        return nil
    }

    /// Every form of every outcome, in the order they are tried.
    private static let forms: [(id: String, words: [WordSet], firstWords: [WordKey])] = outcomes.flatMap { outcome in
        outcome.forms.map { (outcome.id, $0.map(WordSet.init), $0[0].map(WordKey.init)) }
    }

    /// The forms that each first word can start, in order.
    private static let byFirstWord: WordTable<[Int]> = {
        var table: [UInt64: [Int]] = [:]
        var order: [UInt64] = []
        for (index, form) in forms.enumerated() {
            for word in form.firstWords where table[word.value] == nil || table[word.value]?.last != index {
                if table[word.value] == nil { order.append(word.value) }
                table[word.value, default: []].append(index)
            }
        }
        return WordTable(order.map { (WordKey(value: $0), table[$0]!) })
    }()

    /// The last token of `words` read from token `i`, one word after another with single spaces.
    private static func sequence(_ words: [WordSet], at i: Int, in block: BlockText) -> Int? {
        guard i < block.tokens.count else { return nil }
        var j = i
        for (position, set) in words.enumerated() {
            if position > 0 {
                guard j + 2 < block.tokens.count, block.tokens[j + 1].kind == .space else { return nil }
                j += 2
            }
            guard block.tokens[j].kind == .word, !block.tokens[j].isCapitalised, set.contains(block.tokens[j].key) else { return nil }
        }
        guard !block.isMark(j + 1, "-"), !(j + 2 < block.tokens.count && block.isMark(j + 1, "’") && block.tokens[j + 2].kind == .word) else { return nil }
        return j
    }

    private static let votesInFavour: [WordSet] = [["votes", "vote"], ["in"], ["favour", "favor"]]

    /// "13-0-2" (numbers of at most two digits) or "13 votes in favour", "13 in favour".
    private static func tally(at i: Int, in block: BlockText) -> Int? {
        guard !block.isMark(i - 1, "-"), block.tokens[i].end - block.tokens[i].start <= 3 else { return nil }
        if block.tokens[i].end - block.tokens[i].start <= 2, block.isMark(i + 1, "-"), block.number(at: i + 2, digits: 2) != nil,
           block.isMark(i + 3, "-"), block.number(at: i + 4, digits: 2) != nil, !block.isMark(i + 5, "-") {
            return i + 4
        }
        guard i + 2 < block.tokens.count, block.tokens[i + 1].kind == .space else { return nil }
        return sequence(votesInFavour, at: i + 2, in: block) ?? sequence(Array(votesInFavour.dropFirst()), at: i + 2, in: block)
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
        return block.isWord(block.previous(before: word), in: VoteAnnotator.verbalMarkers)
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
