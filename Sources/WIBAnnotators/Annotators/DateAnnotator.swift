import WIBCore

/// Marks dates and periods, with their year from the posted date by the one rule of `DateResolver`:
/// "14 October 2006", "28 June", "from 22 to 24 October" (a range), "August 2023", "in early
/// August" (a month), "late 2022" (a year). The tense that rule needs is read from the whole
/// sentence, across quotations, links and emphasis: the tense cue nearest the date wins ("will",
/// "is expected", "scheduled" for the future; "held", "met", "was", a past participle for the
/// past); after "since", always the past.
///
/// The id is ISO 8601: `2024-06-28`, `2024-10-22/2024-10-24`, `2023-08`, `2022`; without a posted
/// date, a day or month with no year is `--06-28` or `--08`. Attributes:
/// ``EntityAttributeKey/role`` — ``DateRole/deadline`` (a mandate's or draft's term: "until 30
/// April 2026", "expiring on 15 March", "expires in July"), ``DateRole/period`` (a range, a month
/// or a year, "since August 2023", "during"), ``DateRole/reference`` (the date that names a
/// document or a story: "resolution 1718 of 14 October 2006", "its 2 August letter", "our 27 June
/// story"), or ``DateRole/event`` — and ``EntityAttributeKey/qualifier`` (early, mid, late) where
/// the text gives one.
public struct DateAnnotator: EntityFinder {
    public static let name = "dates"
    public var kinds: Set<EntityKind> { [.date] }

    /// Creates the annotator.
    public init() {}

    private static let qualifiers: WordSet = ["early", "mid", "late"]
    private static let monthPrepositions: WordSet = ["in", "since", "by", "until", "from", "during", "through", "before", "after", "of",
                                                          "early", "late", "mid", "throughout", "till", "between", "and", "or", "to", "last", "next"]
    private static let rangeJoins: WordSet = ["to", "and", "-", "–"]
    private static let periodWords: WordSet = ["during", "from", "between", "throughout", "over"]
    private static let documentNouns: WordSet = ["letter", "letters", "report", "reports", "statement", "statements", "story", "forecast",
                                                      "communiqué", "communique", "decision", "note", "briefing", "resolution", "declaration",
                                                      "press", "presidential", "memo", "memorandum", "submission", "what", "monthly"]

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block in DateAnnotator.dates(in: block, rules: document.dates) }
    }

    /// The dates of one block.
    static func dates(in block: BlockText, rules: DateResolver) -> [FoundSpan] {
        var found: [FoundSpan] = []
        var next = 0
        for i in block.tokens.indices where i >= next {
            guard let date = date(at: i, in: block, rules: rules) else { continue }
            found.append(FoundSpan(block: block.index, range: block.range(tokens: i, through: date.last), entity: date.entity))
            next = date.last + 1
        }
        return found
    }

    /// The date that starts at token `i`, and its last token.
    static func date(at i: Int, in block: BlockText, rules: DateResolver) -> (entity: Entity, last: Int)? {
        let token = block.tokens[i]
        if token.kind == .number, let first = block.number(at: i, digits: 2), (1...31).contains(first) {
            return day(first, at: i, in: block, rules: rules)
        }
        if token.kind == .word, qualifiers.contains(token.key) {
            // "early August 2023", "mid-2023", "late 2022"
            var j = block.next(after: i)
            if block.isMark(j, "-") { j = block.next(after: j!) }
            guard let j else { return nil }
            let qualifier = DateQualifier(rawValue: block.string(ofToken: i).lowercased())
            if let year = block.number(at: j), (1900...2099).contains(year), block.tokens[j].end - block.tokens[j].start == 4 {
                return (entity(String(year), role: .period, qualifier: qualifier), j)
            }
            if let month = block.month(at: j), block.tokens[j].isCapitalised { return monthDate(month, first: i, monthToken: j, qualifier: qualifier, in: block, rules: rules) }
            return nil
        }
        if token.kind == .word, token.isCapitalised, let month = block.month(at: i) {
            return monthDate(month, first: i, monthToken: i, qualifier: nil, in: block, rules: rules)
        }
        return nil
    }

    /// "28 June", "28 June 2024", "22 to 24 October", "22–24 October 2024".
    private static func day(_ first: Int, at i: Int, in block: BlockText, rules: DateResolver) -> (entity: Entity, last: Int)? {
        var j = block.next(after: i)
        var last: Int?
        if let join = j, rangeJoins.contains(block.tokens[join].key), let second = block.next(after: join),
           let value = block.number(at: second, digits: 2), (1...31).contains(value), value > first {
            last = value
            j = block.next(after: second)
        }
        guard let monthToken = j, block.tokens[monthToken].isCapitalised, let month = block.month(at: monthToken),
              block.tokens[monthToken].kind == .word else { return nil }
        guard block.previous(before: i).map({ !block.isMark($0, "/") && !block.isMark($0, ".") }) ?? true else { return nil }
        var end = monthToken
        var year: Int?
        if let y = block.next(after: monthToken), block.tokens[y].kind == .number, block.tokens[y].end - block.tokens[y].start == 4,
           monthToken + 2 == y, let value = block.number(at: y) {
            year = value
            end = y
        }
        let role = last != nil ? DateRole.period : role(of: i, through: end, in: block)
        let tense = termTense(tense(around: i, in: block), role: role, date: i, in: block)
        guard let start = rules.day(first, month: month, year: year, tense: tense) else { return nil }
        var id = start.id
        if let last, let stop = rules.day(last, month: month, year: year ?? start.date?.year, tense: tense) { id = "\(start.id)/\(stop.id)" }
        return (entity(id, role: role, qualifier: nil), end)
    }

    /// "August 2023", "in early August", "since May".
    private static func monthDate(_ month: Int, first: Int, monthToken: Int, qualifier: DateQualifier?, in block: BlockText, rules: DateResolver) -> (entity: Entity, last: Int)? {
        if let y = block.next(after: monthToken), monthToken + 2 == y, block.tokens[y].kind == .number, block.tokens[y].end - block.tokens[y].start == 4,
           let year = block.number(at: y) {
            return (entity(rules.month(month, year: year, tense: .unknown)?.id ?? "\(year)", role: monthRole(of: first, through: y, in: block),
                           qualifier: qualifier), y)
        }
        guard qualifier != nil || block.isWord(block.previous(before: first), in: monthPrepositions) else { return nil }
        let role = monthRole(of: first, through: monthToken, in: block)
        let tense = block.isWord(block.previous(before: first), "since") ? DateResolver.Tense.past : termTense(tense(around: first, in: block), role: role, date: first, in: block)
        return (entity(rules.month(month, tense: tense)?.id ?? "", role: role, qualifier: qualifier), monthToken)
    }

    /// Verbs in the present tense that put the end of a term ahead: "expires on", "runs until".
    private static let presentTermVerbs: WordSet = ["expires", "expire", "expiring", "ends", "end", "ending", "runs", "run"]

    /// The tense a term's end is read in: ahead when a present-tense verb sets it ("which expires
    /// on 28 November", whatever the rest of the sentence tells) or when the sentence has no tense
    /// ("The mandate expires in July"); else the sentence's.
    private static func termTense(_ tense: DateResolver.Tense, role: DateRole, date first: Int, in block: BlockText) -> DateResolver.Tense {
        guard role == .deadline else { return tense }
        let preposition = block.previous(before: first)
        if tense == .unknown || block.isWord(preposition.flatMap { block.previous(before: $0) }, in: presentTermVerbs) { return .future }
        return tense
    }

    /// The role of a month: a deadline ("until August 2026", "expires in July") or a document's
    /// date ("its May 2024 report") as for a day, else a period.
    private static func monthRole(of first: Int, through last: Int, in block: BlockText) -> DateRole {
        let role = role(of: first, through: last, in: block)
        return role == .deadline || role == .reference ? role : .period
    }

    /// The role of the date at tokens `first...last`.
    static func role(of first: Int, through last: Int, in block: BlockText) -> DateRole {
        var before = block.previous(before: first)
        if block.isWord(before, "the") || block.isWord(before, "on") { before = before.flatMap { block.previous(before: $0) } }
        if let before {
            if block.has(.deadline, at: before) || block.isWord(before, "until") { return .deadline }
            // "expiring on", "expires on": the cue's last word is just before.
            if let start = block.previous(before: before), block.has(.deadline, at: start) { return .deadline }
            if block.isWord(before, "since") || periodWords.contains(block.tokens[before].key) { return .period }
            if block.isWord(before, "our") || block.isWord(before, "dated") { return .reference }
            // "resolution 1718 of 14 October 2006", "the letter of 2 August"
            if block.isWord(before, "of"), let noun = block.previous(before: before),
               block.tokens[noun].kind == .number || documentNouns.contains(block.tokens[noun].key) || block.isMark(noun, ")") { return .reference }
        }
        if let after = block.next(after: last), documentNouns.contains(block.tokens[after].key) { return .reference }
        return .event
    }

    /// The tense of the clause around token `i`: the tense cue nearest to it in its sentence.
    static func tense(around i: Int, in block: BlockText) -> DateResolver.Tense {
        let sentence = block.sentence(containing: i)
        // Outward from the date: the first cue met is the nearest; at one distance, the future wins.
        var distance = 1
        while i - distance >= sentence.lowerBound || i + distance < sentence.upperBound {
            let after = i + distance < sentence.upperBound ? tense(of: i + distance, in: block) : nil
            if after == .future { return .future }
            let before = i - distance >= sentence.lowerBound ? tense(of: i - distance, in: block) : nil
            if let found = before == .future ? before : after ?? before { return found }
            distance += 1
        }
        return .unknown
    }

    /// The tense token `j` marks, if it is a cue of one ("will", "held", a past form).
    private static func tense(of j: Int, in block: BlockText) -> DateResolver.Tense? {
        let token = block.tokens[j]
        guard token.kind == .word, !(token.isCapitalised && block.month(at: j) != nil) else { return nil }
        if block.has(.future, at: j) { return .future }
        // A participle after "be" is a passive, whose tense is its auxiliary's: "will be held",
        // "is to be briefed", "are being adopted" (but "has been held" stays past).
        guard isPast(j, in: block), !block.isWord(block.previous(before: j), in: DateAnnotator.passiveAuxiliaries) else { return nil }
        return .past
    }

    /// The forms of "be" before a participle that leave its tense to the verb before them.
    private static let passiveAuxiliaries: WordSet = ["be", "being"]

    /// Verbs in the past tense that posts use to tell what happened.
    private static let pastWords: WordSet = [
        "was", "were", "did", "had", "took", "began", "said", "told", "met", "held", "saw", "came", "went", "gave", "made", "wrote",
        "sent", "broke", "agreed", "last", "issued", "adopted", "announced", "signed", "launched", "attacked", "killed", "released",
        "published", "visited", "circulated", "submitted", "expressed", "decided", "stated", "reported", "described", "condemned",
        "requested", "voted", "vetoed", "abstained", "renewed", "extended", "established", "briefed", "convened", "discussed",
        "considered", "transmitted", "concluded", "ended", "started", "occurred", "declared", "appointed", "warned", "noted", "urged",
        "called", "welcomed", "informed", "received", "deployed", "withdrew", "fled", "seized", "captured", "struck", "fell", "rose",
        "passed", "failed", "rejected", "approved", "accepted", "returned", "arrived", "left", "resigned", "died", "erupted", "escalated",
        "presented", "addressed", "spoke", "ago", "earlier", "previously", "recently",
    ]

    /// Participles in "-ed" that say nothing of the past ("expected", "elected members").
    private static let notPast: WordSet = ["expected", "scheduled", "planned", "anticipated", "titled", "entitled", "based", "related",
                                                "concerned", "proposed", "armed", "united", "needed", "red", "led", "mixed", "detailed",
                                                "elected", "limited", "renewed", "extended", "sustained", "continued", "increased", "heightened",
                                                "intended", "designed", "dedicated", "informed", "interested", "alleged", "so-called", "focused", "closed", "enlarged", "advanced", "experienced", "skilled", "displaced"]

    /// Whether token `j` is a past-tense cue: a past meeting verb, a past form posts use, or a
    /// lower-case word in "-ed" that is not one of the participles that say nothing of the past.
    static func isPast(_ j: Int, in block: BlockText) -> Bool {
        let token = block.tokens[j]
        if block.has(.pastMeeting, at: j) || pastWords.contains(token.key) { return true }
        guard !token.isCapitalised, token.end - token.start > 4, !notPast.contains(token.key) else { return false }
        return block.bytes[token.end - 2] == UInt8(ascii: "e") && block.bytes[token.end - 1] == UInt8(ascii: "d")
    }

    private static func entity(_ id: String, role: DateRole, qualifier: DateQualifier?) -> Entity {
        let qualifierIndex = qualifier.flatMap { DateQualifier.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return Entity(kind: .date, id: id, attributes: attributes[DateRole.allCases.firstIndex(of: role)!][qualifierIndex])
    }

    /// The attributes of each role (in the order of `DateRole.allCases`) and qualifier (none,
    /// then `DateQualifier.allCases`), made once: there are only a dozen.
    private static let attributes: [[EntityAttributes]] = DateRole.allCases.map { role in
        ([nil] + DateQualifier.allCases).map { EntityAttributes().setting(.role, to: role).setting(.qualifier, to: $0) }
    }
}
