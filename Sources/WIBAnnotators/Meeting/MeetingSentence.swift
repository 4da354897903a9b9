import WIBCore

/// One sentence of a post's opening, read for what it says about a meeting: when, what kind, and
/// whether it speaks of the future or of the past. Its tense is read at once; its day and format
/// only when asked (most sentences are never asked).
final class MeetingSentence {
    private static let mediumWords: WordSet = ["via", "by", "through", "over"]
    private static let briefForms: WordSet = ["brief", "briefs", "briefed"]
    /// The block and the sentence's tokens in it.
    let block: BlockText
    let tokens: Range<Int>
    /// The tokens up to the first clause break ("after which", "followed by", ";").
    let clause: Range<Int>
    /// The day the sentence names for a meeting, if any ("tomorrow", "(28 June)", "on Thursday"),
    /// and whether it names a day at all (even one without a year).
    private(set) lazy var day: (date: CalendarDate?, named: Bool) = MeetingSentence.date(in: tokens, block: block, rules: rules)
    /// The day the sentence names for a meeting.
    var date: CalendarDate? { day.date }
    /// Whether it names a day (even one without a year).
    var hasDate: Bool { day.named }
    /// Whether it names a day or a time of day ("in the afternoon", "at 4:30 pm").
    var hasTime: Bool { hasDate || MeetingSentence.timeOfDay(in: tokens, block: block) != nil }
    /// The format its clause names.
    private(set) lazy var format: (text: String, definite: Bool)? = MeetingSentence.format(in: clause, sentence: tokens, block: block)
    /// Whether it speaks of the future (will, is expected to, tomorrow, tonight).
    let isUpcoming: Bool
    /// Whether it tells of a meeting that has been held (held, received, was briefed) and not of
    /// one to come.
    let isBackground: Bool

    /// The same sentence read over fewer tokens (a clause of it).
    func narrowed(to range: Range<Int>) -> MeetingSentence {
        MeetingSentence(block: block, tokens: range, rules: rules)
    }

    /// The rules its dates were resolved by.
    let rules: DateResolver

    init(block: BlockText, tokens: Range<Int>, rules: DateResolver) {
        self.rules = rules
        self.block = block
        self.tokens = tokens
        var end = tokens.upperBound
        var seenWord = false
        for i in tokens {
            if block.tokens[i].kind == .word { seenWord = true }
            if seenWord, block.isMark(i, ";") || block.has(.clauseBreak, at: i) { end = i; break }
        }
        clause = tokens.lowerBound..<end
        var future = false, past = false, pastMeeting = false, relative = false
        for i in tokens where block.tokens[i].kind == .word && !(block.tokens[i].isCapitalised && block.month(at: i) != nil) {
            if block.has(.future, at: i) { future = true }
            // A request is made before the meeting it asks for: "Russia has called for consultations this evening".
            if DateAnnotator.isPast(i, in: block), !block.has(.requestVerb, at: i) { past = true }
            if block.has(.pastMeeting, at: i) { pastMeeting = true }
            if block.has(.relativeDay, at: i), block.cue(at: i, where: { if case .relativeDay(let d) = $0 { d >= 0 } else { false } }) != nil { relative = true }
        }
        isUpcoming = future || (relative && !past)
        isBackground = pastMeeting && !future
    }

    // MARK: Date

    /// The meeting day: a day written out ("(28 June)", "on 4 September"), else "today",
    /// "tomorrow", "this morning", else a weekday ("On Thursday"); whether any time was named.
    static func date(in tokens: Range<Int>, block: BlockText, rules: DateResolver) -> (CalendarDate?, Bool) {
        var relative: CalendarDate??
        var weekday: CalendarDate??
        // "Tomorrow (28 June)", "next Tuesday (7 April)": the day in brackets after a day word.
        for i in tokens where block.isMark(i, "(") {
            guard let word = block.previous(before: i), block.tokens[word].kind == .word,
                  block.cue(at: word, where: { if case .relativeDay = $0 { true } else if case .partOfDay = $0 { true } else { false } }) != nil
                    || block.hits(at: word).contains(where: { if case .weekday = $0.entry { true } else { false } }),
                  let day = block.next(after: i), let found = DateAnnotator.date(at: day, in: block, rules: rules) else { continue }
            let id = found.entity.id
            if id.count == 10 || (id.hasPrefix("--") && id.count == 7) {
                let resolved = id.hasPrefix("--") ? nil : CalendarDate(iso: id)
                if let resolved, case .posted(let posted) = rules.reference, resolved < posted {
                    // A day in brackets after "tomorrow" is to come: the next such day, if the calendar has one.
                    return (rules.day(resolved.day, month: resolved.month, year: nil, tense: .future)?.date, true)
                }
                return (resolved, true)
            }
        }
        for i in tokens where block.tokens[i].kind != .space {
            if block.tokens[i].kind == .number, let found = DateAnnotator.date(at: i, in: block, rules: rules), found.entity.attributes["role"] == "event" {
                let id = found.entity.id
                // A day already past is another event's ("where the election has been pushed back to …").
                if id.count == 10, let day = CalendarDate(iso: id), case .posted(let posted) = rules.reference, day < posted { continue }
                if id.count == 10 || id.hasPrefix("--") { return (CalendarDate(iso: id), true) }
            }
            if relative == nil, block.has(.relativeDay, at: i), let end = block.cue(at: i, where: { if case .relativeDay(let d) = $0 { d >= 0 } else { false } }),
               case .relativeDay(let offset)? = block.cue(at: i)?.cue, end > i {
                relative = .some(rules.relativeDay(offset))
            }
            if weekday == nil, block.tokens[i].isCapitalised {
                for hit in block.hits(at: i) {
                    if case .weekday(let day) = hit.entry { weekday = .some(rules.weekday(day, tense: .future)) }
                }
            }
        }
        if let relative { return (relative, true) }
        if let weekday { return (weekday, true) }
        return (nil, false)
    }

    // MARK: Format

    /// The format: the first meeting noun of the clause with the qualifiers that change its kind,
    /// else the kind its verb names (vote → vote; adopt, renew, extend → adoption; brief →
    /// briefing). `definite` when the noun refers back ("the meeting", "tomorrow’s briefing").
    static func format(in clause: Range<Int>, sentence: Range<Int>, block: BlockText) -> (text: String, definite: Bool)? {
        var i = clause.lowerBound
        while i < clause.upperBound {
            guard block.tokens[i].kind == .word, let noun = meetingNoun(at: i, in: block) else { i += 1; continue }
            // "via VTC", "by videoconference": the medium, not the kind.
            if noun.format == "videoconference" || noun.format == "VTC",
               block.isWord(block.previous(before: i), in: MeetingSentence.mediumWords) {
                i = noun.end
                continue
            }
            // "VTC briefing", "videoconference meeting": the second noun names the kind.
            if let next = block.next(after: noun.end - 1), next < clause.upperBound, let second = meetingNoun(at: next, in: block),
               ["videoconference", "VTC"].contains(noun.format) {
                i = next
                _ = second
                continue
            }
            let (qualifiers, definite) = qualifiers(before: i, in: block)
            let phrase = (qualifiers + [noun.format]).joined(separator: " ")
            return (phrase, definite)
        }
        // A verb names the kind when it is one: after "will", "to", "expected to" ("will vote on",
        // "is expected to extend"), or a noun of adoption ("renewal", "rollover").
        var vote = false, adoption = false, brief = false
        for j in sentence where block.tokens[j].kind == .word && block.has(.voteWord, at: j) {
            if isVerb(j, in: block) || block.isWord(block.next(after: j), "on") { vote = true }
        }
        for j in clause where block.tokens[j].kind == .word {
            if block.has(.adoptionWord, at: j), isVerb(j, in: block) || adoptionNouns.contains(block.tokens[j].key) { adoption = true }
            if block.isWord(j, in: MeetingSentence.briefForms), isVerb(j, in: block) { brief = true }
            // "will hear from the Special Envoy"
            if block.isWord(j, "hear"), block.isWord(block.next(after: j), "from"), isVerb(j, in: block) { brief = true }
        }
        if vote { return ("vote", false) }
        if adoption { return ("adoption", false) }
        if brief { return ("briefing", false) }
        return nil
    }

    private static let auxiliaries: WordSet = ["will", "to", "may", "might", "would", "shall", "could", "also", "then", "be", "likely"]
    private static let adoptionNouns: WordSet = ["adoption", "renewal", "rollover", "extension", "roll-over"]

    /// Whether the word at `j` is used as a verb of the clause: an auxiliary (or "to") stands at
    /// most two words before it ("will vote", "is expected to extend", "will also brief").
    static func isVerb(_ j: Int, in block: BlockText) -> Bool {
        guard let one = block.previous(before: j) else { return false }
        if auxiliaries.contains(block.tokens[one].key) { return true }
        guard let two = block.previous(before: one), block.tokens[one].kind == .word else { return false }
        return auxiliaries.contains(block.tokens[two].key)
    }

    /// The meeting noun at token `i` and the format it names.
    static func meetingNoun(at i: Int, in block: BlockText) -> (format: String, end: Int)? {
        guard block.has(.meetingNoun, at: i) else { return nil }
        for hit in block.hits(at: i) {
            if case .cue(.meetingNoun(let format)) = hit.entry {
                // "briefing" as a verb ("will be briefing") or a noun of other things ("a briefing note").
                return (format, hit.tokens.upperBound)
            }
        }
        return nil
    }

    /// The qualifiers before the noun at `i` that change the meeting's kind, in order, and
    /// whether a determiner refers back to a meeting already told of.
    static func qualifiers(before i: Int, in block: BlockText) -> ([String], Bool) {
        var kept: [String] = []
        var j = i
        var definite = false
        while let previous = block.previous(before: j) {
            guard let hit = hitEnding(at: previous, in: block) else {
                if block.isWord(previous, "s"), let apostrophe = block.previous(before: previous), block.isMark(apostrophe, "’") || block.isMark(apostrophe, "'") {
                    definite = true
                }
                break
            }
            if case .cue(.keptQualifier) = hit.entry {
                kept.insert(block.string(tokens: hit.tokens.lowerBound, through: hit.tokens.upperBound - 1).lowercased(), at: 0)
            } else if case .cue(.droppedQualifier) = hit.entry {
                let word = block.string(ofToken: hit.tokens.lowerBound).lowercased()
                if ["the", "this", "that"].contains(word) || word.hasSuffix("’s") { definite = true }
            } else {
                break
            }
            j = hit.tokens.lowerBound
        }
        return (kept, definite)
    }

    /// The qualifier hit (kept or dropped) that ends at token `last`.
    private static func hitEnding(at last: Int, in block: BlockText) -> LexiconHit? {
        for start in stride(from: last, through: max(0, last - 6), by: -1) {
            for hit in block.hits(at: start) where hit.tokens.upperBound == last + 1 {
                if case .cue(.keptQualifier) = hit.entry { return hit }
                if case .cue(.droppedQualifier) = hit.entry { return hit }
            }
        }
        return nil
    }

    // MARK: Time of day

    /// Morning, afternoon or evening, from the words or from a clock time ("at 3 pm").
    static func timeOfDay(in tokens: Range<Int>, block: BlockText) -> String? {
        for i in tokens where block.tokens[i].kind == .word {
            if block.has(.partOfDay, at: i), let cue = block.cue(at: i), case .partOfDay(let part) = cue.cue { return part }
        }
        for i in tokens where block.tokens[i].kind == .number {
            guard let hour = block.number(at: i, digits: 2), (1...12).contains(hour) else { continue }
            var j = block.next(after: i)
            if block.isMark(j, ":") || block.isMark(j, "."), let minutes = j.flatMap({ block.next(after: $0) }), block.number(at: minutes, digits: 2) != nil {
                j = block.next(after: minutes)
            }
            guard let k = j, block.has(.clock, at: k), let cue = block.cue(at: k), case .clock(let afternoon) = cue.cue else { continue }
            if !afternoon { return "morning" }
            return hour == 12 || hour < 6 ? "afternoon" : "evening"
        }
        for i in tokens where block.has(.noon, at: i) { return "afternoon" }
        return nil
    }
}
