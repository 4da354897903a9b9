import WIBCore

/// Marks votes and outcomes: vetoes, abstentions, votes in favour or against, adoptions
/// (unanimous or not), vote counts ("13-0-2", "13 votes in favour"), drafts "in blue", and
/// silence procedures (placed "under silence", silence "broken").
///
/// The id names the outcome (`veto`, `abstention`, `in-favour`, `against`, `adoption`,
/// `unanimous-adoption`, `vote-count`, `in-blue`, `silence`, `silence-broken`). The `states`
/// attribute lists the member states the sentence names for it (those between the previous
/// outcome in the sentence and this one), as comma-separated ISO codes.
public struct VoteAnnotator: Annotator {
    public static let name = "votes"

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

    /// Words one of which every outcome contains; a text without any is not searched.
    private static let triggers = ["veto", "abstain", "abstention", "favo", "against", "adopt", "unanim", "silence", "in blue"]

    /// Whether the text has a digit, a hyphen and a digit in a row, as a tally ("13-0-2") has.
    private static func hasTally(_ text: String) -> Bool {
        var previous: [Character] = []
        for character in text {
            previous.append(character)
            if previous.count > 3 { previous.removeFirst() }
            if previous.count == 3, previous[0].isNumber, previous[1] == "-", previous[2].isNumber { return true }
        }
        return false
    }

    /// Every outcome, each in its own numbered group.
    private static let pattern = TextPattern("\\b(?:" + outcomes.map { "(\($0.pattern))" }.joined(separator: "|") + ")\\b")

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        let spanned = annotatingSpans(of: .vote, in: post) { text in
            let lower = text.lowercased()
            guard VoteAnnotator.triggers.contains(where: { lower.contains($0) }) || VoteAnnotator.hasTally(text) else { return [] }
            return VoteAnnotator.pattern.matches(in: text).compactMap { match in
                guard let slot = (1...VoteAnnotator.outcomes.count).first(where: { match.matched(group: $0) }) else { return nil }
                return TextMatch(range: match.range, entity: Entity(kind: .vote, id: VoteAnnotator.outcomes[slot - 1].id))
            }
        }
        return spanned.rewritten(by: StatesOfVotes())
    }

    /// Fills the `states` attribute of each vote span from the states named before it in its
    /// sentence.
    private struct StatesOfVotes: ASTRewriter {
        func rewriteBlock(_ block: Block) -> [Block] {
            let rebuilt = rewritingChildren(of: block)
            switch rebuilt {
            case .paragraph(var p): p.content = withStates(p.content); return [.paragraph(p)]
            case .heading(var h): h.content = withStates(h.content); return [.heading(h)]
            default: return [rebuilt]
            }
        }

        private func withStates(_ inlines: [Inline]) -> [Inline] {
            let flat = FlatInlines(inlines)
            var statesByVote: [[String]] = []
            for sentence in flat.sentences {
                var from = sentence.lowerBound
                for vote in flat.spans(of: .vote, in: sentence) {
                    statesByVote.append(StatesOfVotes.voters(in: flat, from: from, to: vote.range.lowerBound))
                    from = vote.range.upperBound
                }
            }
            let assigner = Assigner(states: statesByVote)
            return assigner.rewrite(inlines)
        }

        /// The states named between `from` and the vote at `end`; when an aside (after a dash or
        /// an opening bracket) names some, only those: in "the 1718 DPRK Sanctions Committee
        /// (All other members—except China, which abstained", China abstained, not the DPRK.
        static func voters(in flat: FlatInlines, from: String.Index, to end: String.Index) -> [String] {
            if let aside = flat.text[from..<end].lastIndex(where: { "—(".contains($0) }) {
                let inAside = flat.states(in: flat.text.index(after: aside)..<end)
                if !inAside.isEmpty { return inAside }
            }
            return flat.states(in: from..<end)
        }
    }

    /// Gives the n-th vote span the n-th list of states.
    private final class Assigner: ASTRewriter {
        let states: [[String]]
        var next = 0
        init(states: [[String]]) { self.states = states }

        func rewriteInline(_ inline: Inline) -> [Inline] {
            guard case .annotated(var entity, let children) = inline, entity.kind == .vote else { return [rewritingChildren(of: inline)] }
            let rebuilt = rewrite(children)
            if next < states.count, !states[next].isEmpty { entity.attributes["states"] = states[next].joined(separator: ",") }
            next += 1
            return [.annotated(entity, rebuilt)]
        }
    }
}
