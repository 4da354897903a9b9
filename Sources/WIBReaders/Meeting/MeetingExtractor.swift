import WIBCore

/// Finds the meeting a post announces in its opening paragraphs: date (resolved against the
/// posted date), time of day, format and agenda item.
///
/// The announcing paragraph is the first of the body's first three paragraphs whose first
/// sentence mentions the Council and names a meeting format or an agenda item. Date, time of day
/// and format come from that first sentence; the agenda item from the whole paragraph.
struct MeetingExtractor {
    /// The day the post was published; without it, dates without a year stay unresolved.
    let posted: CalendarDate?

    /// Meeting formats as phrases (folded, lower case), the canonical phrase each stands for, and
    /// whether the phrase may be the start of a longer word ("adopt" in "adopted").
    private static let formats: [(phrase: String, format: String, stem: Bool)] = [
        ("arria-formula meeting", "Arria-formula meeting", false),
        ("informal interactive dialogue", "informal interactive dialogue", false),
        ("high-level open debate", "high-level open debate", false),
        ("open briefing", "open briefing", false), ("closed briefing", "closed briefing", false),
        ("private meeting", "private meeting", false), ("open debate", "open debate", false),
        ("closed consultations", "consultations", false), ("consultations", "consultations", false),
        ("briefing", "briefing", false), ("debate", "debate", false), ("straw poll", "straw poll", false),
        ("vote", "vote", false), ("adopt", "adoption", true), ("retreat", "retreat", false),
    ]

    func meeting(from body: [Block]) -> Meeting {
        let paragraphs = body.prefix(6).compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.content.plainText }
            return nil
        }.prefix(3)
        for paragraph in paragraphs {
            let sentence = MeetingExtractor.firstSentence(of: paragraph)
            guard sentence.contains("Council") else { continue }
            let folded = sentence.foldedForMatching
            let format = MeetingExtractor.format(in: folded)
            let agendaItem = MeetingExtractor.agendaItem(in: paragraph)
            guard format != nil || agendaItem != nil else { continue }
            return Meeting(date: date(in: sentence), timeOfDay: MeetingExtractor.timeOfDay(in: folded),
                           format: format, agendaItem: agendaItem)
        }
        return Meeting()
    }

    /// The first sentence of a paragraph (at most 1,500 characters).
    static func firstSentence(of paragraph: String) -> String {
        Sentences.first(of: paragraph.prefix(1500)).trimmedWhitespace
    }

    /// The earliest format phrase in `folded`, the longest at that place.
    static func format(in folded: String) -> String? {
        var best: (start: String.Index, length: Int, format: String)?
        for entry in formats {
            var searchStart = folded.startIndex
            while let range = folded[searchStart...].firstRange(of: entry.phrase) {
                let startsWord = range.lowerBound == folded.startIndex || !folded[folded.index(before: range.lowerBound)].isLetter
                let endsWord = entry.stem || range.upperBound == folded.endIndex || !folded[range.upperBound].isLetter
                if startsWord && endsWord {
                    let length = entry.phrase.count
                    if best == nil || range.lowerBound < best!.start || (range.lowerBound == best!.start && length > best!.length) {
                        best = (range.lowerBound, length, entry.format)
                    }
                    break
                }
                searchStart = range.upperBound
            }
        }
        return best?.format
    }

    /// "morning", "afternoon" or "evening" ("tonight" is evening).
    static func timeOfDay(in folded: String) -> String? {
        let words = folded.split { !$0.isLetter }
        if let word = words.first(where: { ["morning", "afternoon", "evening", "tonight"].contains($0) }) {
            return word == "tonight" ? "evening" : String(word)
        }
        return nil
    }

    private static let itemBefore = TextPattern(#"[“"](?<item>[^”"]{2,200})[”"],?\s+agenda\s+item"#)
    private static let itemAfter = TextPattern(#"agenda\s+item,?\s+(?:entitled\s+)?[“"](?<item>[^”"]{2,200})[”"]"#)

    /// The quoted agenda item: “X” agenda item, or agenda item “X”.
    static func agendaItem(in paragraph: String) -> String? {
        guard paragraph.contains("agenda") else { return nil }
        let before = itemBefore.firstMatch(in: paragraph)
        let after = itemAfter.firstMatch(in: paragraph)
        let match = [before, after].compactMap { $0 }.min { $0.range.lowerBound < $1.range.lowerBound }
        guard let item = match?["item"] else { return nil }
        var text = item.trimmedWhitespace
        while let last = text.last, ".,;".contains(last) { text.removeLast() }
        return text.isEmpty ? nil : text
    }

    /// The meeting's date: the first "28 June" (or "28 June 2024") in the sentence, resolved
    /// against the posted date; else "tomorrow", "today", "this morning", "tonight" or a weekday.
    func date(in sentence: String) -> CalendarDate? {
        let words = sentence.split(whereSeparator: \.isWhitespace).map { $0.filter { $0.isLetter || $0.isNumber } }
        for (index, word) in words.enumerated() where index + 1 < words.count {
            guard let day = Int(word), (1...31).contains(day), word.count <= 2,
                  let month = MonthName.number(of: words[index + 1]) else { continue }
            if index + 2 < words.count, words[index + 2].count == 4, let year = Int(words[index + 2]) {
                return CalendarDate(year: year, month: month, day: day)
            }
            return posted.flatMap { CalendarDate.nearest(day: day, month: month, to: $0) }
        }
        guard let posted else { return nil }
        let lower = words.map { $0.lowercased() }
        if lower.contains("tomorrow") { return posted.adding(days: 1) }
        if lower.contains("today") || lower.contains("tonight") { return posted }
        if let this = lower.firstIndex(of: "this"), this + 1 < lower.count,
           ["morning", "afternoon", "evening"].contains(lower[this + 1]) { return posted }
        if let weekday = lower.lazy.filter({ $0.count > 3 }).compactMap({ WeekdayName.isoWeekday(of: $0) }).first {
            return posted.next(isoWeekday: weekday)
        }
        return nil
    }
}
