import WIBCore

/// One sentence of a post's opening, read for what it says about a meeting: when, what kind, and
/// whether it speaks of the future or of the past. Its tense is read at once; its day and format
/// only when asked (most sentences are never asked).
final class MeetingSentence {
    private static let mediumWords: WordSet = ["via", "by", "through", "over"]
    private static let briefForms: WordSet = ["brief", "briefs", "briefed"]
    /// Pronouns that open a relative clause ("that" is left out: it more often opens what was said).
    private static let relativePronouns: WordSet = ["which", "who", "whom", "whose"]
    private static let perfectOrPassive: WordSet = ["been", "was", "were", "is", "are", "be", "has", "have", "had"]
    /// The block and the sentence's tokens in it.
    let block: BlockText
    let tokens: Range<Int>
    /// The tokens up to the first clause break ("after which", "followed by", ";").
    let clause: Range<Int>
    /// The tokens the meeting's day and time of day are read from: the whole sentence, or what
    /// follows a verb that calls the meeting off or moves it ("has been postponed to Monday (25
    /// March)"), or, for a clause that names no day and continues another ("and then hold its
    /// debate"), that clause's.
    let dayTokens: Range<Int>
    /// Whether a verb calls a meeting off or moves it ("has been postponed", "was cancelled").
    let movesAMeeting: Bool
    /// The day the sentence names for a meeting, if any ("tomorrow", "(28 June)", "on Thursday"),
    /// whether it names a day at all (even one without a year), and whether the only days it names
    /// are those of something already done ("agreed this afternoon (25 July)").
    private(set) lazy var day: (date: CalendarDate?, named: Bool, done: Bool) = MeetingSentence.date(in: dayTokens, block: block, rules: rules)
    /// The day the sentence names for a meeting.
    var date: CalendarDate? { day.date }
    /// Whether it names a day (even one without a year).
    var hasDate: Bool { day.named }
    /// Whether it names a day or a time of day ("in the afternoon", "at 4:30 pm").
    var hasTime: Bool { hasDate || MeetingSentence.timeOfDay(in: tokens, block: block) != nil }
    /// The format its clause names.
    private(set) lazy var format: (text: String, definite: Bool)? = MeetingSentence.format(in: clause, sentence: tokens, block: block)
    /// Whether it speaks of the future (will, is expected to, tomorrow, tonight), outside reported
    /// speech, of a meeting that is not called off.
    let isUpcoming: Bool
    /// Whether it tells of a meeting that has been held (held, received, was briefed) and not of
    /// one to come.
    let isBackground: Bool
    /// The verb of saying, when the sentence reports what someone said with nothing to come
    /// outside the words reported ("At Monday’s briefing, X told members that …"): its speakers
    /// spoke at a meeting held, and what it tells before the verb is of that meeting.
    let reportedAt: Int?
    /// Whether it reports what someone said (``reportedAt``).
    var isReport: Bool { reportedAt != nil }
    /// Whether it tells of a meeting called off or moved with no new day ("has been postponed at
    /// the request of the US"): it previews nothing, and who asked is no requester.
    let isCancelled: Bool

    /// The same sentence read over fewer tokens (a clause of it).
    func narrowed(to range: Range<Int>) -> MeetingSentence {
        MeetingSentence(block: block, tokens: range, rules: rules)
    }

    /// The rules its dates were resolved by.
    let rules: DateResolver

    /// Reads the sentence (or clause) `tokens` of `block`; a clause that continues `lead` ("and
    /// then hold its debate") and names no day of its own takes its day and its tense.
    init(block: BlockText, tokens: Range<Int>, rules: DateResolver, continuing lead: MeetingSentence? = nil) {
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
        // What was said tells of the future only when it names a day to come ("said that the
        // draft will be put to a vote tomorrow"), not "told members that the mission will need …".
        var reported: Int?, reportedFuture = false, reportedDay = false
        var cancel: Int?
        for i in tokens where block.tokens[i].kind == .word && !(block.tokens[i].isCapitalised && block.month(at: i) != nil) {
            // "Members have added consultations to their programme of work for tomorrow": a meeting
            // put on the calendar is to come, and "added" says nothing.
            let schedules = block.isWord(i, in: MeetingSentence.schedulingVerbs) && MeetingSentence.actsOnAMeeting(i, in: tokens, block: block)
            if schedules { future = true }
            // "X told members that the mission will need …": what follows a verb of saying is the speaker's.
            if reported == nil, block.has(.saying, at: i), !schedules, !MeetingSentence.inRelativeClause(i, block: block) { reported = i }
            let coming = block.has(.relativeDay, at: i) && MeetingSentence.comingDay(at: i, in: block) != nil
            if reported != nil {
                if block.has(.future, at: i) { reportedFuture = true }
                if coming || MeetingSentence.weekdayNumber(at: i, in: block) != nil { reportedDay = true }
            } else {
                if block.has(.future, at: i) { future = true }
                if coming { relative = true }
            }
            // A request is made before the meeting it asks for: "Russia has called for consultations this evening".
            if DateAnnotator.isPast(i, in: block), !block.has(.requestVerb, at: i), !schedules { past = true }
            if block.has(.pastMeeting, at: i) { pastMeeting = true }
            // "the meeting, which was postponed from last week": the history of a meeting told of elsewhere.
            if block.has(.cancelled, at: i), !MeetingSentence.inRelativeClause(i, block: block), MeetingSentence.actsOnAMeeting(i, in: tokens, block: block) { cancel = i }
        }
        if reported != nil, reportedDay {
            future = future || reportedFuture
            relative = true
        }
        // "… is expected to renew the mandate tomorrow and then hold its debate": the debate's day and tense are the renewal's.
        if let lead, cancel == nil, !lead.movesAMeeting, !(MeetingSentence.date(in: tokens, block: block, rules: rules).1) {
            future = future || lead.isUpcoming
            dayTokens = lead.dayTokens
        } else {
            dayTokens = cancel.map { ($0 + 1)..<tokens.upperBound } ?? tokens
        }
        movesAMeeting = cancel != nil
        // Called off, unless a day still to come is named after the verb ("postponed to Monday").
        isCancelled = cancel.map { cancel in
            let new: (date: CalendarDate?, named: Bool, done: Bool) = MeetingSentence.date(in: (cancel + 1)..<tokens.upperBound, block: block, rules: rules)
            guard new.named, !new.done else { return true }
            if let date = new.date, case .posted(let posted) = rules.reference { return date < posted }
            return false
        } ?? false
        isUpcoming = cancel == nil ? future || (relative && !past) : !isCancelled
        isBackground = pastMeeting && !future
        reportedAt = future ? nil : reported
    }

    /// Whether the verb at `i` is in a relative clause: a relative pronoun stands within the three
    /// words before it ("who told the Council", "from which Israel has said").
    private static func inRelativeClause(_ i: Int, block: BlockText) -> Bool {
        var j = block.previous(before: i)
        var words = 0
        while let k = j, words < 3, block.tokens[k].kind == .word {
            if block.isWord(k, in: relativePronouns) { return true }
            j = block.previous(before: k)
            words += 1
        }
        return false
    }

    /// Verbs that put a meeting on the calendar ("added consultations to the programme of work").
    private static let schedulingVerbs: WordSet = ["added", "slotted", "inserted", "included", "pencilled", "penciled", "placed", "put"]

    /// Whether the verb at `i` (one that calls off, moves or schedules) acts on a meeting: one with
    /// a meeting as its object ("postponed the vote", "added consultations"), or a perfect or
    /// passive one whose subject is a meeting ("The vote …, which had been planned for this
    /// morning, has been postponed"), not one of a subordinate clause about something else ("where
    /// the presidential election has been postponed").
    private static func actsOnAMeeting(_ i: Int, in tokens: Range<Int>, block: BlockText) -> Bool {
        // Over its determiner and qualifiers: "postponed the vote", "added an open briefing".
        var after = block.next(after: i)
        for _ in 0..<3 {
            guard let k = after, let end = block.cue(at: k, where: { $0 == .keptQualifier || $0 == .droppedQualifier }) else { break }
            after = block.next(after: end - 1)
        }
        if let object = after, object < tokens.upperBound, isMeeting(object, in: block) { return true }
        guard block.isWord(block.previous(before: i), in: perfectOrPassive) else { return false }
        var j = block.previous(before: i)
        var steps = 0
        while let k = j, k >= tokens.lowerBound, steps < 40 {
            if block.isMark(k, ";") || block.isWord(k, in: subordinators) { return false }
            if isMeeting(k, in: block) { return true }
            // Over a clause between commas: "The vote …, which had been planned for this morning, has been postponed".
            if block.isMark(k, ","), let open = (tokens.lowerBound..<k).last(where: { block.isMark($0, ",") }) {
                j = block.previous(before: open)
            } else {
                j = block.previous(before: k)
            }
            steps += 1
        }
        return false
    }

    private static let subordinators: WordSet = ["where", "when", "while", "because", "after", "since", "although", "though", "if"]

    /// Whether a meeting noun other than "election" (an election is often a country's) is at `k`.
    private static func isMeeting(_ k: Int, in block: BlockText) -> Bool {
        guard block.tokens[k].kind == .word, let noun = meetingNoun(at: k, in: block) else { return false }
        return noun.format != "election"
    }

    // MARK: Date

    /// The meeting day: a day written out ("(28 June)", "on 4 September"), else "today",
    /// "tomorrow", "this morning", else a weekday ("On Thursday"); whether any time was named; and
    /// whether every day named belongs to something already done ("agreed this afternoon (25
    /// July)", "met on Monday"), which is then the day given.
    static func date(in tokens: Range<Int>, block: BlockText, rules: DateResolver) -> (CalendarDate?, Bool, Bool) {
        var relative: CalendarDate??
        var weekday: CalendarDate??
        var done: CalendarDate??
        // "Tomorrow (28 June)", "next Tuesday (7 April)", "Monday’s (3 March)": the day in brackets after a day word.
        for i in tokens where block.isMark(i, "(") {
            guard let word = dayWord(before: i, in: block), let day = block.next(after: i), let found = DateAnnotator.date(at: day, in: block, rules: rules),
                  let days = firstAndLastDay(of: found.entity.id) else { continue }
            let id = days.first
            let resolved = id.hasPrefix("--") ? nil : CalendarDate(iso: id)
            if isDone(word, in: block) {
                if done == nil { done = .some(resolved) }
                continue
            }
            // A weekday fixes the year: "Monday (3 March)" is the 3 March that is a Monday; over
            // two days ("Tuesday and Wednesday (22 and 23 October)"), the weekday is the last day's.
            if let resolved, let last = CalendarDate(iso: days.last), let named = weekdayNumber(at: word, in: block), last.isoWeekday != named,
               let matching = [DateResolver.Tense.past, .future].lazy.compactMap({ rules.day(last.day, month: last.month, year: nil, tense: $0)?.date })
                .first(where: { $0.isoWeekday == named }) {
                return (matching.adding(days: resolved.day - last.day), true, false)
            }
            if let resolved, weekdayNumber(at: word, in: block) == nil, case .posted(let posted) = rules.reference, resolved < posted {
                // A day in brackets after "tomorrow" is to come: the next such day, if the calendar has one.
                return (rules.day(resolved.day, month: resolved.month, year: nil, tense: .future)?.date, true, false)
            }
            return (resolved, true, false)
        }
        var rangeEnd = tokens.lowerBound
        for i in tokens where block.tokens[i].kind != .space && i >= rangeEnd {
            // (A day in brackets after a day word was read above.)
            if block.tokens[i].kind == .number, !(block.isMark(i - 1, "(") && dayWord(before: i - 1, in: block) != nil),
               let found = DateAnnotator.date(at: i, in: block, rules: rules), found.entity.attributes[.role] == .event || isTwoDays(found.entity.id) {
                // "on 22 and 23 October": the first day; the second is no other date.
                rangeEnd = found.last + 1
                guard let id = firstAndLastDay(of: found.entity.id)?.first else { continue }
                // A day already past is another event's ("where the election has been pushed back to …").
                if id.count == 10, let day = CalendarDate(iso: id), case .posted(let posted) = rules.reference, day < posted { continue }
                guard id.count == 10 || id.hasPrefix("--") else { continue }
                if isDone(i, in: block) {
                    if done == nil { done = .some(CalendarDate(iso: id)) }
                    continue
                }
                return (CalendarDate(iso: id), true, false)
            }
            if relative == nil, block.has(.relativeDay, at: i), let offset = comingDay(at: i, in: block) {
                if isDone(i, in: block) {
                    if done == nil { done = .some(rules.relativeDay(offset)) }
                } else {
                    relative = .some(rules.relativeDay(offset))
                }
            }
            if weekday == nil, block.tokens[i].isCapitalised, let named = weekdayNumber(at: i, in: block) {
                if isDone(i, in: block) {
                    if done == nil { done = .some(rules.weekday(named, tense: .past)) }
                } else {
                    weekday = .some(rules.weekday(named, tense: .future))
                }
            }
        }
        if let relative { return (relative, true, false) }
        if let weekday { return (weekday, true, false) }
        if let done { return (done, true, true) }
        return (nil, false, false)
    }

    /// The first and last day of a date's id: a day ("2019-10-22", "--10-22") is both; a range
    /// of days ("2019-10-22/2019-10-23") its two ends; a month or a year is neither (`nil`).
    private static func firstAndLastDay(of id: String) -> (first: String, last: String)? {
        let parts = id.split(separator: "/").map(String.init)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 10 || ($0.hasPrefix("--") && $0.count == 7) }) else { return nil }
        return (parts[0], parts[parts.count - 1])
    }

    /// Whether a date's id is a meeting held over two days ("22 and 23 October", "22–23
    /// October"), not a longer period ("from 22 to 28 October").
    private static func isTwoDays(_ id: String) -> Bool {
        guard let days = firstAndLastDay(of: id), let first = CalendarDate(iso: days.first), let last = CalendarDate(iso: days.last) else { return false }
        return last.daysSinceEpoch - first.daysSinceEpoch == 1
    }

    /// The day word before the bracket at `open`: "tomorrow (", "Thursday morning (", or a
    /// possessive "Monday’s (".
    private static func dayWord(before open: Int, in block: BlockText) -> Int? {
        guard var word = block.previous(before: open), block.tokens[word].kind == .word else { return nil }
        if block.isWord(word, "s"), let apostrophe = block.previous(before: word), block.isMark(apostrophe, "’") || block.isMark(apostrophe, "'"),
           let base = block.previous(before: apostrophe) {
            word = base
        }
        let isDay = block.cue(at: word, where: { if case .relativeDay = $0 { true } else if case .partOfDay = $0 { true } else { false } }) != nil
            || weekdayNumber(at: word, in: block) != nil
        return isDay ? word : nil
    }

    /// The days from the posted date that the word at `i` names when it is today, tonight or
    /// tomorrow, also as a possessive ("Tomorrow’s consultations"); not yesterday.
    static func comingDay(at i: Int, in block: BlockText) -> Int? {
        for hit in block.hits(at: i) { if case .cue(.relativeDay(let offset)) = hit.entry, offset >= 0 { return offset } }
        return nil
    }

    /// The weekday (1 = Monday … 7 = Sunday) named at token `i`.
    private static func weekdayNumber(at i: Int, in block: BlockText) -> Int? {
        for hit in block.hits(at: i) { if case .weekday(let day) = hit.entry { return day } }
        return nil
    }

    /// Whether the day phrase around token `i` ("this afternoon", "on Monday", "on 12 July") is
    /// the day of something done: a verb in the past stands right before it ("agreed this
    /// afternoon", "met on Monday"), not a passive to come ("will be held on Friday").
    static func isDone(_ i: Int, in block: BlockText) -> Bool {
        var start = i
        while let before = block.previous(before: start), block.tokens[before].kind == .word,
              block.has(.relativeDay, at: before) || block.has(.partOfDay, at: before) || weekdayNumber(at: before, in: block) != nil
                || block.isWord(before, "this") || block.isWord(before, "on") || block.isWord(before, "at") || block.isWord(before, "in") {
            start = before
        }
        guard let verb = block.previous(before: start), block.tokens[verb].kind == .word, DateAnnotator.isPast(verb, in: block),
              !block.has(.future, at: verb), !block.has(.requestVerb, at: verb) else { return false }
        return !block.isWord(block.previous(before: verb), "be") && !block.isWord(block.previous(before: verb), "being")
    }

    // MARK: Format

    /// The format: the first meeting noun of the clause with the qualifiers that change its kind,
    /// else the kind its verb names (vote → vote; adopt, renew, extend → adoption; brief →
    /// briefing; the Council or one of its bodies "will meet" → meeting). `definite` when the noun
    /// refers back ("the meeting", "tomorrow’s briefing").
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
            let (qualifiers, definite, denied) = qualifiers(before: i, in: block)
            if denied {
                i = noun.end
                continue
            }
            // "convene a meeting under the agenda item “…” to vote on a draft": a plain meeting held
            // to vote or to adopt is that business.
            if noun.format == "meeting", qualifiers.isEmpty, let business = purpose(in: noun.end..<clause.upperBound, block: block) {
                return (business, definite)
            }
            let phrase = (qualifiers + [noun.format]).joined(separator: " ")
            return (phrase, definite)
        }
        // A verb names the kind when it is one: after "will", "to", "expected to" ("will vote on",
        // "is expected to extend"), or a noun of adoption ("renewal", "rollover").
        var vote = false, adoption = false, brief = false, meets = false
        for j in sentence where block.tokens[j].kind == .word && block.has(.voteWord, at: j) {
            if isVerb(j, in: block) || block.isWord(block.next(after: j), "on") { vote = true }
        }
        for j in clause where block.tokens[j].kind == .word {
            if block.has(.adoptionWord, at: j), isVerb(j, in: block) || adoptionNouns.contains(block.tokens[j].key) { adoption = true }
            if block.isWord(j, in: MeetingSentence.briefForms), isVerb(j, in: block) { brief = true }
            // "will hear from the Special Envoy", "expect to hear on Thursday morning (15 April) from"
            if block.isWord(j, "hear"), hearsFrom(j, in: block), isVerb(j, in: block) { brief = true }
            // "The Council’s Working Group on …, which Uruguay chairs, is expected to meet on Wednesday"
            if block.isWord(j, in: MeetingSentence.meetVerbs), isVerb(j, in: block),
               (clause.lowerBound..<j).contains(where: { block.isWord($0, in: MeetingSentence.bodies) }) {
                meets = true
            }
        }
        if vote { return ("vote", false) }
        if adoption { return ("adoption", false) }
        if brief { return ("briefing", false) }
        if meets { return ("meeting", false) }
        return nil
    }

    /// The business a clause names by its verb after a meeting noun: "vote" ("to vote on a
    /// draft") or "adoption" ("to adopt the annual report"); not a noun ("ahead of the vote").
    private static func purpose(in range: Range<Int>, block: BlockText) -> String? {
        for j in range where block.tokens[j].kind == .word && isVerb(j, in: block) {
            if block.has(.voteWord, at: j) { return "vote" }
            if block.has(.adoptionWord, at: j), !adoptionNouns.contains(block.tokens[j].key) { return "adoption" }
        }
        return nil
    }

    private static let meetVerbs: WordSet = ["meet", "meets", "convene", "convenes", "reconvene"]
    /// Words that name the Council or one of its bodies as the subject of "meet" (not parties or
    /// ministers who meet elsewhere).
    private static let bodies: WordSet = ["council", "committee", "group", "members", "body", "commission", "configuration", "subsidiary"]

    private static let timeWords: WordSet = ["on", "this", "at", "in", "the", "later", "next", "week", "am", "pm", "noon", "midday"]

    /// Whether token `j` is "hear" with its "from", maybe across a time between them ("hear on
    /// Thursday morning (15 April) from").
    static func hearsFrom(_ j: Int, in block: BlockText) -> Bool {
        guard block.isWord(j, "hear") else { return false }
        var k = block.next(after: j)
        var steps = 0
        while let i = k, steps < 12 {
            if block.isWord(i, "from") { return true }
            let token = block.tokens[i]
            let isTime = token.kind == .number || block.isMark(i, "(") || block.isMark(i, ")") || block.isMark(i, ",") || block.isMark(i, ":")
                || block.isWord(i, in: timeWords) || block.has(.relativeDay, at: i) || block.has(.partOfDay, at: i) || block.month(at: i) != nil
                || block.hits(at: i).contains { if case .weekday = $0.entry { true } else { false } }
            guard isTime else { return false }
            k = block.next(after: i)
            steps += 1
        }
        return false
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

    /// The qualifiers before the noun at `i` that change the meeting's kind, in order; whether a
    /// determiner refers back to a meeting already told of; and whether "no" denies the meeting
    /// ("No follow-up meeting has been scheduled"). A word no list knows, between known ones,
    /// is skipped ("annual joint consultative meeting", "its monthly open Yemen briefing").
    static func qualifiers(before i: Int, in block: BlockText) -> (kept: [String], definite: Bool, denied: Bool) {
        var kept: [String] = []
        var j = i
        var definite = false
        while let previous = block.previous(before: j) {
            guard let hit = hitEnding(at: previous, in: block) else {
                if block.isWord(previous, "s"), let apostrophe = block.previous(before: previous), block.isMark(apostrophe, "’") || block.isMark(apostrophe, "'") {
                    definite = true
                    break
                }
                if block.isWord(previous, "no") { return (kept, definite, true) }
                // An unknown word (hyphenated words whole) with a known qualifier or "no" before it.
                var start = previous
                while let hyphen = block.previous(before: start), hyphen == start - 1, block.isMark(hyphen, "-"),
                      let word = block.previous(before: hyphen), word == hyphen - 1, block.tokens[word].kind == .word {
                    start = word
                }
                guard block.tokens[start].kind == .word, let before = block.previous(before: start),
                      block.isWord(before, "no") || endsAQualifier(before, in: block) else { break }
                j = start
                continue
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
        return (kept, definite, false)
    }

    /// Whether a qualifier ends at token `last`: one that starts there ("annual", "its") or, after
    /// a possessive's "s", one of several tokens ("tomorrow’s").
    private static func endsAQualifier(_ last: Int, in block: BlockText) -> Bool {
        if block.has(.keptQualifier, at: last) || block.has(.droppedQualifier, at: last) { return hitEnding(at: last, in: block) != nil }
        return block.isWord(last, "s") && hitEnding(at: last, in: block) != nil
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
    static func timeOfDay(in tokens: Range<Int>, block: BlockText) -> TimeOfDay? {
        for i in tokens where block.tokens[i].kind == .word {
            if block.has(.partOfDay, at: i), let cue = block.cue(at: i), case .partOfDay(let part) = cue.cue, !isDone(i, in: block) { return part }
        }
        for i in tokens where block.tokens[i].kind == .number {
            guard let hour = block.number(at: i, digits: 2), (1...12).contains(hour) else { continue }
            var j = block.next(after: i)
            if block.isMark(j, ":") || block.isMark(j, "."), let minutes = j.flatMap({ block.next(after: $0) }), block.number(at: minutes, digits: 2) != nil {
                j = block.next(after: minutes)
            }
            guard let k = j, block.has(.clock, at: k), let cue = block.cue(at: k), case .clock(let afternoon) = cue.cue else { continue }
            if !afternoon { return .morning }
            return hour == 12 || hour < 6 ? .afternoon : .evening
        }
        for i in tokens where block.has(.noon, at: i) { return .afternoon }
        return nil
    }
}
