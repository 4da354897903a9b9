import WIBCore

/// Fills the meeting's `requestedBy`, `briefers` and `rule37` from the opening paragraphs,
/// using the entity spans the other annotators marked (so it runs after them).
///
/// - Requesters: the states before "requested the meeting" in its sentence ("France, Japan and
///   the UK requested the meeting"), or after "requested by" / "at the request of", up to "with
///   support" (supporters are not requesters).
/// - Briefers: the people, and the organisations introduced as "a representative of X", in the
///   sentence that names the briefers ("The anticipated briefers are …", "X is expected to
///   brief"), or in the list that follows "The expected speakers are:".
/// - Rule 37: the states in the sentence that mentions rule 37, before it.
///
/// Fields the post already has are kept.
public struct MeetingAnnotator: Annotator {
    public static let name = "meeting"

    /// Creates the annotator.
    public init() {}

    private static let requestBefore = ["requested the meeting", "requested the briefing", "requested this meeting", "requested the session", "called for the meeting", "requested the open debate", "requested the consultations"]
    private static let requestAfter = ["requested by", "at the request of", "at the initiative of"]
    private static let supportMarkers = ["with support", "with the support", "supported by", "backed by"]
    private static let briefingMarkers = ["briefer", "expected to brief", "will brief", "is to brief", "are to brief", "expected to provide a briefing", "expected speakers", "anticipated speakers", "will hear from", "briefings by", "briefings from"]

    public func annotate(_ post: Post) -> Post {
        var meeting = post.meeting
        let opening = post.body.prefix(8).filter { if case .paragraph = $0 { true } else { false } }.prefix(4)
        for (index, block) in post.body.prefix(10).enumerated() {
            guard opening.contains(block) else { continue }
            let flat = FlatInlines(block.inlines)
            for sentence in flat.sentences {
                let text = flat.text[sentence]
                if meeting.requestedBy.isEmpty { meeting.requestedBy = requesters(in: sentence, text: text, flat: flat) }
                if meeting.rule37.isEmpty, let rule = text.firstRange(of: "rule 37") {
                    meeting.rule37 = flat.states(in: sentence.lowerBound..<rule.lowerBound)
                }
                if meeting.briefers.isEmpty, MeetingAnnotator.briefingMarkers.contains(where: { text.contains($0) }) {
                    meeting.briefers = briefers(in: sentence, flat: flat)
                    if meeting.briefers.isEmpty, text.hasSuffix(":"), index + 1 < post.body.count, case .list(let list) = post.body[index + 1] {
                        meeting.briefers = list.items.flatMap { item in
                            item.blocks.flatMap { itemBlock -> [Briefer] in
                                let itemFlat = FlatInlines(itemBlock.inlines)
                                return briefers(in: itemFlat.text.startIndex..<itemFlat.text.endIndex, flat: itemFlat)
                            }
                        }
                    }
                }
            }
        }
        var annotated = post
        annotated.meeting = meeting
        return annotated
    }

    private func requesters(in sentence: Range<String.Index>, text: Substring, flat: FlatInlines) -> [String] {
        if let marker = MeetingAnnotator.requestBefore.lazy.compactMap({ text.firstRange(of: $0) }).first {
            return actors(in: sentence.lowerBound..<marker.lowerBound, flat: flat)
        }
        guard let marker = MeetingAnnotator.requestAfter.lazy.compactMap({ text.firstRange(of: $0) }).first else { return [] }
        let rest = text[marker.upperBound...]
        let end = MeetingAnnotator.supportMarkers.compactMap { rest.firstRange(of: $0)?.lowerBound }.min() ?? sentence.upperBound
        return actors(in: marker.upperBound..<end, flat: flat)
    }

    /// Words after which a state is the object of a phrase, not an actor ("the penholder on Sudan").
    private static let prepositions = ["on", "for", "in", "of", "about", "to", "with", "against", "from"]

    /// The distinct states in `range` that act: not those right after a preposition.
    private func actors(in range: Range<String.Index>, flat: FlatInlines) -> [String] {
        var seen = Set<String>()
        return flat.spans(of: .memberState, in: range).filter { span in
            let before = flat.text[range.lowerBound..<span.range.lowerBound].split(whereSeparator: \.isWhitespace).suffix(2)
            let word = before.last == "the" ? before.first : before.last
            return !MeetingAnnotator.prepositions.contains(word.map(String.init) ?? "")
        }.map(\.entity.id).filter { seen.insert($0).inserted }
    }

    /// People and introduced organisations in a range, in order; a person's organisation is
    /// left unknown, an organisation's representative is unnamed.
    private func briefers(in range: Range<String.Index>, flat: FlatInlines) -> [Briefer] {
        var result: [Briefer] = []
        var coveredUntil = range.lowerBound
        for span in flat.spans where range.contains(span.range.lowerBound) && span.range.lowerBound >= coveredUntil {
            switch span.entity.kind {
            case .person:
                result.append(Briefer(name: span.entity.id, title: span.entity.attributes["title"]))
                coveredUntil = span.range.upperBound
            case .organisation:
                let before = flat.text[range.lowerBound..<span.range.lowerBound].suffix(40)
                guard before.hasSuffix("representative of ") || before.hasSuffix("representative of the ") else { continue }
                result.append(Briefer(organization: String(flat.text[span.range])))
                coveredUntil = span.range.upperBound
            default:
                continue
            }
        }
        return result
    }
}
