import WIBCore

/// Reads the meetings a post previews from its opening, by the grammar of its sentences.
///
/// A meeting sentence names an upcoming time (today, tonight, tomorrow, a weekday, a day in
/// parentheses) and a meeting noun or verb, whoever its subject is: the Council, its members, a
/// state that convenes the meeting, or the briefer. Sentences that tell of a meeting held
/// ("received", "met", "was briefed") are background; so are what someone said at one ("told
/// members that … will"), a day named right after a past verb ("agreed this afternoon"), a past
/// weekday fixed by its date ("Monday’s (3 March) briefing"), and a meeting called off or moved
/// with no new day ("has been postponed"). Each meeting sentence with a new day, or a new kind of
/// meeting on that day, starts a meeting; the sentences up to the next one fill it in: the agenda
/// item, the requesters, the briefers, the states under rule 37, the time of day.
///
/// After the opening, a paragraph whose first sentence leads with a day within a week of the
/// posted date, not one of the opening's meetings, and previews a meeting on it ("On Thursday
/// morning (31 October), the Security Council will hold a briefing …") is that meeting, read from
/// that paragraph alone: posts often close with the next meeting on the file.
struct MeetingReader {
    private static let listWords: WordSet = ["and", "the", "as", "well", "both", "along", "together", "jointly", "also", "members", "member",
                                             "council", "s", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    private static let meetingReferences: WordSet = ["it", "this", "discussion", "talks", "session"]
    private static let presenceWords: WordSet = ["remarks", "chair", "chairs", "preside", "presides", "moderate", "moderates", "welcome", "introduce"]
    let document: AnnotationDocument
    /// The settled spans of the people, organisations and states, by block.
    let spans: [Int: [FoundSpan]]

    /// How many text blocks of the opening are read (up to the first heading).
    static let openingBlocks = 5
    /// How many days after the posted date a later paragraph's meeting may be, to be read.
    static let laterPreviewDays = 7

    /// Every meeting the post previews, in order.
    func meetings() -> [Meeting] {
        var sentences = openingSentences()
        var starts: [Int] = []
        var heads: [(date: CalendarDate?, format: String?)] = []
        let posted = document.metadata.posted
        for (index, sentence) in sentences.enumerated() where sentence.isUpcoming && !sentence.isBackground && sentence.hasTime {
            guard let format = sentence.format, !sentence.day.done else { continue }
            // "In the afternoon", "at 4:30 pm": the day of the meeting before, or today.
            let date = sentence.hasDate ? sentence.date : heads.last?.date ?? document.dates.relativeDay(0)
            if let date, let posted, date < posted { continue }
            let same = heads.contains { head in
                head.date == date && (head.format == nil || head.format == format.text || format.definite
                    // A briefing (or debate) followed by consultations that day is one meeting.
                    || format.text.hasSuffix("consultations") && (head.format?.contains("briefing") == true || head.format?.contains("debate") == true))
            }
            if same || (format.definite && !heads.isEmpty) { continue }
            starts.append(index)
            heads.append((date, format.text))
        }
        // With no day and kind named together: the first meeting of the first paragraph, unless
        // the day it names is past ("At Monday’s (3 March) briefing"), or the paragraph tells of a
        // month's business ("the programme of work for the month", "later in the month").
        if starts.isEmpty, !sentences.contains(where: { $0.block.index == firstParagraph && MeetingReader.namesAMonth($0) }),
           let first = sentences.firstIndex(where: { sentence in
            guard sentence.block.index == firstParagraph, sentence.isUpcoming, !sentence.isBackground, sentence.format != nil, !sentence.day.done else { return false }
            if let date = sentence.date, let posted, date < posted { return false }
            return true
        }) {
            starts.append(first)
        }
        // A later paragraph that previews a meeting on another day is that meeting.
        for paragraph in laterPreviews() where !heads.contains(where: { $0.date == paragraph[0].date }) {
            starts.append(sentences.count)
            heads.append((paragraph[0].date, paragraph[0].format?.text))
            sentences += paragraph
        }
        // Each meeting reads the sentences up to the next one; a sentence that names an earlier
        // meeting by its kind ("will brief in the consultations") is read for that one.
        var scopes = starts.map { [$0] }
        for index in sentences.indices where !starts.contains(index) {
            guard let owner = starts.lastIndex(where: { $0 < index }) else { continue }
            let named = sentences[index].format.flatMap { format in
                format.definite ? heads.indices.first { heads[$0].format?.hasSuffix(format.text) == true } : nil
            }
            scopes[named ?? owner].append(index)
        }
        return scopes.enumerated().map { number, scope in
            var found = meeting(from: scope.map { sentences[$0] })
            if !sentences[starts[number]].hasDate, heads.indices.contains(number) { found.date = heads[number].date }
            return found
        }
    }

    private static let monthPrepositions: WordSet = ["in", "for", "during", "throughout"]

    /// Whether a sentence names a month as the time of business: "month" ("this month", "later in
    /// the month"), a programme of work, or a month's name after "in", "for" or "during".
    private static func namesAMonth(_ sentence: MeetingSentence) -> Bool {
        let block = sentence.block
        return sentence.tokens.contains { i in
            block.isWord(i, "month") || block.isWord(i, "programme") && block.isWord(block.next(after: i), "of")
                || block.tokens[i].isCapitalised && block.month(at: i) != nil && block.isWord(block.previous(before: i), in: monthPrepositions)
        }
    }

    private var firstParagraph: Int { document.blocks.indices.first { document.kinds[$0] != .heading } ?? 0 }

    /// The sentences of the opening: the text blocks before the first heading that follows text.
    private func openingSentences() -> [MeetingSentence] {
        var sentences: [MeetingSentence] = []
        var read = 0
        for block in document.blocks {
            if document.kinds[block.index] == .heading { if read > 0 { break } else { continue } }
            guard read < MeetingReader.openingBlocks else { break }
            read += 1
            sentences += MeetingReader.sentences(of: block, rules: document.dates)
        }
        return sentences
    }

    /// The sentences of a block, coordinated meeting clauses apart; a clause that names no day of
    /// its own continues the one before it.
    private static func sentences(of block: BlockText, rules: DateResolver) -> [MeetingSentence] {
        block.sentences.flatMap { range in
            var lead: MeetingSentence?
            return coordinatedClauses(of: range, in: block).map { clause in
                let sentence = MeetingSentence(block: block, tokens: clause, rules: rules, continuing: lead)
                lead = sentence
                return sentence
            }
        }
    }

    /// The paragraphs after the opening whose first sentence previews a meeting: it leads with
    /// the day ("On Thursday morning (31 October), …", at most six words before its first comma,
    /// a day among them), within ``laterPreviewDays`` of the posted date, and names a format.
    private func laterPreviews() -> [[MeetingSentence]] {
        guard let posted = document.metadata.posted, let limit = posted.adding(days: MeetingReader.laterPreviewDays) else { return [] }
        var read = 0
        var opening = true
        var found: [[MeetingSentence]] = []
        for block in document.blocks {
            if document.kinds[block.index] == .heading { if read > 0 { opening = false }; continue }
            read += 1
            if read > MeetingReader.openingBlocks { opening = false }
            guard !opening, document.kinds[block.index] == .paragraph, let opener = block.sentences.first,
                  // Most paragraphs do not lead with a day: told by the words alone (the first
                  // clause leads with one only if its whole sentence does), before any is read.
                  MeetingReader.leadsWithADay(opener, in: block) else { continue }
            let clause = MeetingReader.coordinatedClauses(of: opener, in: block)[0]
            let first = MeetingSentence(block: block, tokens: clause, rules: document.dates)
            guard first.isUpcoming, !first.isBackground, first.hasDate, first.format != nil,
                  let date = first.date, posted <= date, date <= limit, MeetingReader.leadsWithADay(clause, in: block) else { continue }
            found.append(MeetingReader.sentences(of: block, rules: document.dates))
        }
        return found
    }

    /// Whether the tokens of a sentence open with its day: at most six words before its first
    /// comma, and a day named among them.
    private static func leadsWithADay(_ tokens: Range<Int>, in block: BlockText) -> Bool {
        guard let comma = tokens.first(where: { block.isMark($0, ",") }) else { return false }
        let lead = tokens.lowerBound..<comma
        return lead.filter { block.tokens[$0].kind == .word }.count <= 6
            && (namesADay(lead, in: block) || lead.contains { block.has(.relativeDay, at: $0) })
    }

    /// A sentence that joins two clauses, each with its own day ("will hold consultations on
    /// Wednesday (25 June) and are expected to renew the mandate on Monday (30 June)", "agreed this
    /// afternoon (25 July) to put the draft in blue, and adoption is now expected tomorrow"), as
    /// its two clauses: cut before an "and" whose clause has a future verb within its first words,
    /// when a day is named on both sides.
    /// Two kinds of business one after the other ("is expected to renew the mandate and then hold
    /// its debate", "will adopt the resolution, then move to consultations", "will vote before
    /// holding its debate") are cut at the word of sequence, when both sides name a kind of meeting.
    static func coordinatedClauses(of sentence: Range<Int>, in block: BlockText) -> [Range<Int>] {
        for i in sentence where block.isWord(i, "and") {
            guard opensFutureClause(after: i, before: sentence.upperBound, in: block),
                  namesADay(sentence.lowerBound..<i, in: block), namesADay(i..<sentence.upperBound, in: block) else { continue }
            return [sentence.lowerBound..<i, i..<sentence.upperBound]
        }
        for i in sentence where block.tokens[i].kind == .word {
            guard let cut = sequenceCut(at: i, in: block), cut > sentence.lowerBound else { continue }
            let before = sentence.lowerBound..<cut, after = cut..<sentence.upperBound
            guard MeetingSentence.format(in: before, sentence: before, block: block) != nil,
                  MeetingSentence.format(in: after, sentence: after, block: block) != nil else { continue }
            return [before, after]
        }
        return [sentence]
    }

    private static let sequenceWords: WordSet = ["then", "afterwards", "afterward", "subsequently", "thereafter"]

    /// Where a clause of business that follows other business begins, when the word at `i` tells
    /// of the sequence: the "and" before "then" within three words ("and then", "and will then",
    /// "and afterwards"), a comma right before "then", or "before" with a verb in "-ing" ("before
    /// holding", "before moving into").
    private static func sequenceCut(at i: Int, in block: BlockText) -> Int? {
        if block.isWord(i, in: sequenceWords) {
            if block.isWord(i, "then"), let comma = block.previous(before: i), block.isMark(comma, ",") { return comma }
            var j = block.previous(before: i)
            for _ in 0..<3 {
                guard let k = j, block.tokens[k].kind == .word else { return nil }
                if block.isWord(k, "and") { return k }
                j = block.previous(before: k)
            }
            return nil
        }
        guard block.isWord(i, "before"), let verb = block.next(after: i), block.tokens[verb].kind == .word,
              block.string(ofToken: verb).hasSuffix("ing") else { return nil }
        return i
    }

    /// Whether a future verb stands within the first five words after the "and" at `i`, before any
    /// punctuation ("and are expected to", "and a vote is now expected").
    private static func opensFutureClause(after i: Int, before end: Int, in block: BlockText) -> Bool {
        var j = block.next(after: i)
        var words = 0
        while let k = j, k < end, words < 5, block.tokens[k].kind == .word {
            if block.has(.future, at: k) { return true }
            j = block.next(after: k)
            words += 1
        }
        return false
    }

    /// Whether tokens name a day: a weekday, a day and a month, or today, tonight or tomorrow.
    private static func namesADay(_ range: Range<Int>, in block: BlockText) -> Bool {
        range.contains { i in
            block.hits(at: i).contains { if case .weekday = $0.entry { true } else { false } }
                || (block.tokens[i].kind == .number && block.month(at: block.next(after: i)) != nil)
                || MeetingSentence.comingDay(at: i, in: block) != nil
        }
    }

    /// The meeting told by `sentences` (the first is the meeting sentence).
    private func meeting(from scope: [MeetingSentence]) -> Meeting {
        let head = scope[0]
        let sentences = scope.filter { !$0.isCancelled }
        var meeting = Meeting(date: head.date, format: head.format?.text)
        let current = sentences.filter { !$0.isBackground }
        meeting.timeOfDay = MeetingSentence.timeOfDay(in: head.dayTokens, block: head.block)
            ?? current.dropFirst().lazy.compactMap { MeetingSentence.timeOfDay(in: $0.tokens, block: $0.block) }.first
        meeting.agendaItem = current.lazy.compactMap { agendaItem(in: $0) }.first ?? quotedSubject(in: head, format: meeting.format)
        var listedBriefers = false
        for sentence in sentences {
            for code in requesters(in: sentence) where !meeting.requestedBy.contains(code) { meeting.requestedBy.append(code) }
        }
        for sentence in current {
            for code in rule37(in: sentence) where !meeting.rule37.contains(code) { meeting.rule37.append(code) }
            // "The expected speakers are:" and a list: its items are briefers too.
            let isItem = document.kinds[sentence.block.index] == .listItem
            if !isItem { listedBriefers = false }
            for briefer in briefers(in: sentence, listed: isItem && listedBriefers)
            where !meeting.briefers.contains(where: { $0.name == briefer.name && $0.organization == briefer.organization }) {
                meeting.briefers.append(briefer)
            }
            if hasBriefingCue(sentence), let last = sentence.tokens.last(where: { sentence.block.tokens[$0].kind != .space }),
               sentence.block.isMark(last, ":") {
                listedBriefers = true
            }
        }
        return meeting
    }

    // MARK: Agenda item

    /// The quoted agenda item: “X” agenda item, or agenda item [entitled] “X”.
    private func agendaItem(in sentence: MeetingSentence) -> String? {
        let block = sentence.block
        for i in sentence.tokens where block.isWord(i, "agenda") && block.isWord(block.next(after: i), "item") {
            // “X” agenda item, “X”, agenda item
            var before = block.previous(before: i)
            if block.isMark(before, ",") { before = before.flatMap { block.previous(before: $0) } }
            if let close = before, isQuote(close, in: block, closing: true),
               let open = (sentence.tokens.lowerBound..<close).last(where: { isQuote($0, in: block, closing: false) }), let item = quoted(open, close, in: block) {
                return item
            }
            // agenda item “X”, agenda item, entitled “X”
            var after = block.next(after: block.next(after: i)!)
            if block.isMark(after, ",") { after = after.flatMap { block.next(after: $0) } }
            if block.isWord(after, "entitled") || block.isWord(after, "titled") { after = after.flatMap { block.next(after: $0) } }
            if let open = after, isQuote(open, in: block, closing: false),
               let close = (open + 1..<sentence.tokens.upperBound).first(where: { isQuote($0, in: block, closing: true) }), let item = quoted(open, close, in: block) {
                return item
            }
        }
        return nil
    }

    /// With no agenda item named as one, the quotation the meeting sentence holds the meeting on:
    /// an open debate “on “The situation in the Middle East, …””. An Arria-formula meeting's title
    /// is none.
    private func quotedSubject(in sentence: MeetingSentence, format: String?) -> String? {
        let block = sentence.block
        guard format?.hasSuffix("Arria-formula meeting") != true else { return nil }
        for i in sentence.tokens where block.isWord(i, "on") {
            guard let noun = block.previous(before: i), MeetingSentence.meetingNoun(at: noun, in: block) != nil, let open = block.next(after: i), isQuote(open, in: block, closing: false),
                  let close = (open + 1..<sentence.tokens.upperBound).first(where: { isQuote($0, in: block, closing: true) }) else { continue }
            return quoted(open, close, in: block)
        }
        return nil
    }

    /// Whether token `i` is a quotation mark that can open (or close) a quotation.
    private func isQuote(_ i: Int, in block: BlockText, closing: Bool) -> Bool {
        block.isMark(i, "\"") || block.isMark(i, closing ? "”" : "“")
    }

    /// The text between two quotation marks, without the punctuation that ends it ("Libya."),
    /// when it is an agenda item's length.
    private func quoted(_ open: Int, _ close: Int, in block: BlockText) -> String? {
        guard close > open + 1 else { return nil }
        var last = close - 1
        while last > open, block.tokens[last].kind == .space || block.isMark(last, ".") || block.isMark(last, ",") || block.isMark(last, ";") { last -= 1 }
        var first = open + 1
        while first < last, block.tokens[first].kind == .space { first += 1 }
        guard last > open, block.tokens[last].end - block.tokens[first].start <= 200 else { return nil }
        return block.string(tokens: first, through: last)
    }

    // MARK: Requesters

    private static let relativePronouns: WordSet = ["which", "who", "whose", "that"]

    /// The states that asked for the meeting: after "at the request of", "requested by", "was
    /// sought by" (up to any supporters or a relative clause), or the subject of "requested the
    /// meeting", "asked for the session", "sought it" (in a relative clause, its own subject:
    /// "the briefing, which Panama had requested").
    /// In a sentence that tells of a meeting held, only "X requested the meeting" (this one) counts;
    /// in one that moves a meeting, none; in one that reports what was said, only those in the
    /// words reported.
    private func requesters(in sentence: MeetingSentence) -> [String] {
        // Who asked for a meeting to be moved, or for the meeting a report tells of (before its verb
        // of saying), asked for no meeting to come.
        guard !sentence.movesAMeeting else { return [] }
        let block = sentence.block
        var found: [String] = []
        for i in sentence.tokens where block.tokens[i].kind == .word && i > sentence.reportedAt ?? -1 {
            if !sentence.isBackground, block.has(.requestedBy, at: i), let end = block.cue(at: i, where: { $0 == .requestedBy }) {
                var j = end
                while j < sentence.tokens.upperBound {
                    if block.has(.supportedBy, at: j) || block.isMark(j, ";") || block.isMark(j, ".") || block.isWord(j, in: MeetingReader.relativePronouns) { break }
                    // "Sierra Leone (on behalf of the A3+), the UK (the penholder) and …": a role in
                    // brackets; a group's members in brackets are read ("the A3+ (Algeria, …)").
                    if block.isMark(j, "("), block.state(at: block.next(after: j) ?? j) == nil,
                       let close = (j..<sentence.tokens.upperBound).first(where: { block.isMark($0, ")") }) {
                        j = close + 1
                        continue
                    }
                    if block.tokens[j].kind == .word, block.state(at: j) == nil, !isListWord(j, in: block), !block.tokens[j].isCapitalised {
                        // "the UK, the penholder, and Switzerland": a role between commas.
                        var before = block.previous(before: j)
                        if block.isWord(before, "the") || block.isWord(before, "a") || block.isWord(before, "its") { before = before.flatMap { block.previous(before: $0) } }
                        guard let comma = before, block.isMark(comma, ","),
                              let close = (j..<min(j + 10, sentence.tokens.upperBound)).first(where: { block.isMark($0, ",") }) else { break }
                        j = close + 1
                        continue
                    }
                    if let state = block.state(at: j) { found.append(state.code); j = state.end } else { j += 1 }
                }
            } else if !sentence.isBackground, block.isWord(i, "request"), let s = block.previous(before: i), block.isWord(s, "s"),
                      let apostrophe = block.previous(before: s), block.isMark(apostrophe, "’") || block.isMark(apostrophe, "'"),
                      let state = (max(sentence.tokens.lowerBound, apostrophe - 8)..<apostrophe).last(where: { block.state(at: $0)?.end == apostrophe }) {
                // "at France’s request"
                found.append(block.state(at: state)!.code)
            } else if block.has(.requestVerb, at: i) {
                // "the briefing on Haiti, which Ecuador had sought after …": the pronoun is the verb's object.
                let subject = subjectClause(before: i, in: sentence)
                let pronounIsTheMeeting = subject.lowerBound > sentence.tokens.lowerBound && block.isWord(subject.lowerBound - 1, in: MeetingReader.relativePronouns)
                    && (sentence.tokens.lowerBound..<subject.lowerBound).contains { MeetingSentence.meetingNoun(at: $0, in: block) != nil }
                guard pronounIsTheMeeting || refersToMeeting(after: i, sentence: sentence) else { continue }
                found += actingStates(in: subject, block: block)
            }
        }
        return found
    }

    /// Where the subject of the verb at `i` is read: after a relative pronoun that opens the verb's
    /// own clause, with no comma between ("the briefing on Haiti, which Panama had requested"),
    /// else from the start of its clause (after any ";" before it).
    private func subjectClause(before i: Int, in sentence: MeetingSentence) -> Range<Int> {
        let block = sentence.block
        for j in stride(from: i - 1, through: sentence.tokens.lowerBound, by: -1) {
            if block.isMark(j, ",") || block.isMark(j, ";") { break }
            if block.isWord(j, in: MeetingReader.relativePronouns) { return (j + 1)..<i }
        }
        let start = (sentence.tokens.lowerBound..<i).last { block.isMark($0, ";") }.map { $0 + 1 } ?? sentence.tokens.lowerBound
        return start..<i
    }

    private func isListWord(_ i: Int, in block: BlockText) -> Bool {
        block.isWord(i, in: MeetingReader.listWords)
    }

    /// Whether the request verb at `i` is about this meeting ("requested the meeting", "requested
    /// it", "requested." at the end).
    private func refersToMeeting(after i: Int, sentence: MeetingSentence) -> Bool {
        let block = sentence.block
        var j = block.next(after: i)
        var steps = 0
        while let k = j, k < sentence.tokens.upperBound, steps < 5 {
            if block.isMark(k, ".") || block.isMark(k, ",") { return true }
            if MeetingSentence.meetingNoun(at: k, in: block) != nil || block.isWord(k, in: MeetingReader.meetingReferences) { return true }
            j = block.next(after: k)
            steps += 1
        }
        return j == nil || j! >= sentence.tokens.upperBound
    }

    /// The states in `range` that act, leaving out those inside people's titles.
    private func actingStates(in range: Range<Int>, block: BlockText) -> [String] {
        block.actingStates(in: range, excluding: (spans[block.index] ?? []).filter { $0.kind == .person }.map(\.range))
    }

    // MARK: Rule 37

    /// The states a sentence that mentions rule 37 names, on either side of the phrase.
    private func rule37(in sentence: MeetingSentence) -> [String] {
        let block = sentence.block
        guard sentence.tokens.contains(where: { block.has(.rule37, at: $0) }) else { return [] }
        return actingStates(in: sentence.tokens, block: block)
    }

    // MARK: Briefers

    private static let briefWords: WordSet = ["brief", "briefs", "briefed", "briefing", "briefings"]
    private static let speakingWords: WordSet = ["speak", "address", "update", "present"]
    private static let auxiliaries: WordSet = ["will", "to", "may", "might", "also", "expected", "shall", "would", "could"]
    private static let agents: WordSet = ["led", "chaired", "presided", "accompanied", "hosted", "organised", "organized", "co-hosted", "convened"]

    /// The people (or organisations, when no person is named) tied to a briefing cue in the
    /// sentence: "X is expected to brief", "briefers are X and Y", "a briefing from X", "will hear
    /// from X", lists after a colon; not those who "will also attend".
    /// Nobody who spoke at a meeting held ("X told members that …") is a briefer.
    private func briefers(in sentence: MeetingSentence, listed: Bool) -> [Briefer] {
        guard !sentence.isReport else { return [] }
        return clauses(of: sentence).flatMap { briefers(inClause: $0, listed: listed) }
    }

    /// The sentence cut at semicolons, unless they separate the items of a list after a colon or
    /// after the noun of the speakers ("The expected briefers are X; Y, who …; and Z, founder of …").
    private func clauses(of sentence: MeetingSentence) -> [MeetingSentence] {
        let block = sentence.block
        let colon = sentence.tokens.first { block.isMark($0, ":") || block.has(.brieferNoun, at: $0) }
        let semicolons = sentence.tokens.filter { i in block.isMark(i, ";") && colon.map { i < $0 } ?? true }
        guard !semicolons.isEmpty else { return [sentence] }
        var pieces: [MeetingSentence] = []
        var start = sentence.tokens.lowerBound
        for cut in semicolons + [sentence.tokens.upperBound] where cut > start {
            pieces.append(sentence.narrowed(to: start..<cut))
            start = cut + 1
        }
        return pieces
    }

    private func briefers(inClause sentence: MeetingSentence, listed: Bool) -> [Briefer] {
        let block = sentence.block
        guard listed || hasBriefingCue(sentence) else { return [] }
        var result: [Briefer] = []
        var organisations = Set<String>()
        let settled = ((spans[block.index] ?? []).filter { sentence.tokens.contains(block.token(at: $0.range.lowerBound)) } + regionalOrganisations(in: sentence))
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        for span in settled {
            guard let entity = span.entity else { continue }
            let first = block.token(at: span.range.lowerBound), last = block.token(at: span.range.upperBound - 1)
            if attends(after: last, in: block, sentence: sentence) { continue }
            if let before = block.previous(before: first), before > sentence.tokens.lowerBound,
               block.isWord(before, "by"), block.isWord(block.previous(before: before), in: MeetingReader.agents) { continue }
            switch entity.kind {
            case .person:
                result.append(Briefer(name: entity.id, title: entity.attributes[.title]))
            case .organisation:
                guard represented(before: first, in: sentence) || listed || PersonAnnotator.speaks(after: last, in: block) else { continue }
                if settled.contains(where: { $0.kind == .person && $0.range.overlaps(span.range) }) { continue }
                guard organisations.insert(entity.id).inserted else { continue }
                result.append(Briefer(organization: String(block.string(span.range))))
            default:
                continue
            }
        }
        return result
    }

    /// The regional organisations that are groups of states too (ECOWAS, the AU, the EU), as
    /// organisations: they brief through their representatives.
    private func regionalOrganisations(in sentence: MeetingSentence) -> [FoundSpan] {
        let block = sentence.block
        guard !sentence.tokens.isEmpty else { return [] }
        var found: [FoundSpan] = []
        var next = sentence.tokens.lowerBound
        for hit in block.hits[block.hits(at: sentence.tokens.lowerBound).startIndex...] {
            guard hit.tokens.lowerBound < sentence.tokens.upperBound else { break }
            guard hit.tokens.lowerBound >= next, case .group(let id) = hit.entry, StateGroups.organisations.contains(id) else { continue }
            let range = block.range(tokens: hit.tokens.lowerBound, through: hit.tokens.upperBound - 1)
            guard !(spans[block.index] ?? []).contains(where: { $0.range.overlaps(range) }) else { continue }
            found.append(FoundSpan(block: block.index, range: range, entity: Entity(kind: .organisation, id: id)))
            next = hit.tokens.upperBound
        }
        return found
    }

    private static let representatives: WordSet = ["representative", "representatives"]

    /// Whether "a representative of" introduces the organisation at `first`, directly or through
    /// a list ("representatives of the AU, ECOWAS and the EU").
    private func represented(before first: Int, in sentence: MeetingSentence) -> Bool {
        let block = sentence.block
        var j = block.previous(before: first)
        var steps = 0
        while let k = j, k >= sentence.tokens.lowerBound, steps < 16 {
            if block.isWord(k, "of") { return block.isWord(block.previous(before: k), in: MeetingReader.representatives) }
            guard block.isWord(k, "the") || block.isWord(k, "and") || block.isMark(k, ",") || block.tokens[k].isCapitalised
                    || block.isMark(k, "(") || block.isMark(k, ")") || block.isMark(k, "’") || block.isMark(k, "-") else { return false }
            j = block.previous(before: k)
            steps += 1
        }
        return false
    }

    /// Whether the sentence has a cue of briefing: a form of "brief", "briefers", "speakers",
    /// "hear from", "dialogue with", or "will speak", "to address", "to update", "to present".
    private func hasBriefingCue(_ sentence: MeetingSentence) -> Bool {
        let block = sentence.block
        for i in sentence.tokens where block.tokens[i].kind == .word {
            if MeetingReader.briefWords.contains(block.tokens[i].key) { return true }
            if block.has(.brieferNoun, at: i) { return true }
            if block.isWord(i, "hear"), MeetingSentence.hearsFrom(i, in: block) { return true }
            if block.isWord(i, "dialogue") && block.isWord(block.next(after: i), "with") { return true }
            if MeetingReader.speakingWords.contains(block.tokens[i].key), block.isWord(block.previous(before: i), in: MeetingReader.auxiliaries) { return true }
        }
        return false
    }

    /// Whether the person ending at `last` only attends ("will also attend", "is expected to
    /// participate", "who will chair") or is said not to brief ("will speak but is not expected to
    /// brief"); a relative clause in the present tells of an office ("who chairs a commission").
    private func attends(after last: Int, in block: BlockText, sentence: MeetingSentence) -> Bool {
        var j = block.next(after: last)
        if let comma = j, block.isMark(comma, ",") { j = block.next(after: comma) }
        var steps = 0
        var relative = false
        while let k = j, k < sentence.tokens.upperBound, steps < 6 {
            if block.isWord(k, "not") || block.isWord(k, "never") { return deniesBriefing(after: k, in: block, sentence: sentence) }
            if block.isWord(k, in: MeetingReader.relativePronouns) { relative = true }
            if block.has(.attendVerb, at: k) || isPresenceVerb(k, in: block) {
                // "X, who chairs an international commission": an office; "X, who will chair the meeting": presence.
                return !relative || block.isWord(block.previous(before: k), in: MeetingReader.auxiliaries)
            }
            if MeetingReader.briefWords.contains(block.tokens[k].key) || block.isMark(k, ",") || block.isMark(k, ";") { return false }
            j = block.next(after: k)
            steps += 1
        }
        return false
    }

    /// Whether a form of "brief" follows the "not" at `k` within three words ("not expected to
    /// brief", "will not brief").
    private func deniesBriefing(after k: Int, in block: BlockText, sentence: MeetingSentence) -> Bool {
        var j = block.next(after: k)
        var words = 0
        while let i = j, i < sentence.tokens.upperBound, words < 3, block.tokens[i].kind == .word {
            if MeetingReader.briefWords.contains(block.tokens[i].key) { return true }
            j = block.next(after: i)
            words += 1
        }
        return false
    }

    /// Whether the word at `k` tells of presence ("will chair", "presides", "in the chair"), not
    /// of an office held ("chair of the AU Peace and Security Council", "chair for September").
    private func isPresenceVerb(_ k: Int, in block: BlockText) -> Bool {
        guard block.isWord(k, in: MeetingReader.presenceWords) else { return false }
        return !block.isWord(block.next(after: k), "of") && !block.isWord(block.next(after: k), "for")
    }
}
