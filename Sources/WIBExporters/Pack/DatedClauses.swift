import WIBCore

/// The events and deadlines that the paragraphs of a post date: one per clause, not one per date.
///
/// Each sentence with dates is cut into clauses where a new event can start — at a semicolon,
/// and at ", and", ", but", ", while", ", whereas", ", later", ", then" — and a piece that holds
/// no date, or fewer than four words besides its dates, stays with the piece before it ("Japan,
/// the ROK, and the US condemned …" is one clause). Each clause gives:
///
/// - one event, dated by the date it is about: a date outside relative clauses (", which …",
///   ", where …") and asides in parentheses before one inside them, an event's date before a
///   document's (`reference`) before a period's, then the first. "On 28 October, NATO … announced
///   …, where Ukrainian troops launched an offensive in early August" is an event of 28 October;
/// - one deadline per date whose role is `deadline` ("until 30 April 2025"), never an event.
///
/// The text is the clause, trimmed to read on its own: the date that leads it and is its date
/// ("On 28 October, ", "Tomorrow morning (28 June), ") is left out, as are linking words that
/// point back to the sentence before ("Furthermore, ", "However, "), brackets around a whole
/// sentence and footnote stars; a clause cut from a longer sentence ends with a full stop, and
/// one that cannot stand alone ("…, later ratified by the Duma on 24 October") is read with
/// the clause before it. Dates inside a
/// cross-reference ("our 27 June What's in Blue story") name a story, not an event.
struct DatedClauses: ASTWalker {
    /// One dated clause.
    struct Found: Equatable {
        /// The date's id: `2024-06-19`, `2024-06`, `2024-10-22/2024-10-24`, `--06-19`.
        let date: String
        let role: PackTimeline.Role
        let text: String
    }

    /// A date span in a paragraph's text, by character numbers (``TextCharacters``).
    private struct Span {
        let id: String
        let role: DateRole
        let start: Int
        let end: Int
        /// Inside a relative clause or an aside in parentheses.
        var secondary = false

        /// How much the span is worth as a clause's date: lower is better.
        var rank: (Int, Int, Int) {
            (secondary ? 1 : 0, role == .event ? 0 : role == .reference ? 1 : 2, start)
        }
    }

    /// A date in a paragraph's text as ``flatten(_:into:dates:insideReference:)`` finds it, by
    /// UTF-8 offsets.
    private typealias DateBytes = (id: String, role: DateRole, bytes: Range<Int>)

    private(set) var found: [Found] = []

    init(blocks: [Block]) {
        walk(blocks)
    }

    /// The dated clauses of a paragraph, at any depth (lists, quotes and custom blocks hold
    /// paragraphs too).
    mutating func visitParagraph(_ paragraph: Paragraph) {
        var text = ""
        var dates: [DateBytes] = []
        DatedClauses.flatten(paragraph.content, into: &text, dates: &dates, insideReference: false)
        guard !dates.isEmpty else { return }
        let characters = TextCharacters(text)
        // A date's characters are those that start in its bytes (a piece that starts with a
        // combining mark joins the character before it).
        let spans = dates.map {
            Span(id: $0.id, role: $0.role, start: characters.character(atByte: $0.bytes.lowerBound), end: characters.character(atByte: $0.bytes.upperBound))
        }
        let byte = { (index: String.Index) in text.utf8.distance(from: text.utf8.startIndex, to: index) }
        for range in Sentences.ranges(in: text) {
            let sentence = characters.character(atByte: byte(range.lowerBound))..<characters.character(atByte: byte(range.upperBound))
            let inside = spans.filter { sentence.contains($0.start) }
            guard !inside.isEmpty else { continue }
            found += DatedClauses.clauses(of: sentence, in: characters, spans: inside)
        }
    }

    /// The inlines' text, and their dates by UTF-8 offsets in it.
    private static func flatten(_ inlines: [Inline], into text: inout String, dates: inout [DateBytes], insideReference: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let piece):
                text.append(piece)
            case .softBreak:
                text.append(" ")
            case .annotated(let entity, let children):
                let start = text.utf8.count
                flatten(children, into: &text, dates: &dates, insideReference: insideReference || entity.kind == .crossReference)
                if entity.kind == .date, !insideReference, !entity.id.isEmpty {
                    dates.append((entity.id, entity.attributes[.role] ?? .event, start..<text.utf8.count))
                }
            case .emphasis, .strong, .link, .quotation, .custom:
                flatten(inline.children, into: &text, dates: &dates, insideReference: insideReference)
            }
        }
    }

    // MARK: Clauses

    /// Where a new event can start: the piece after the mark begins with its last word.
    private static let boundaries = [";", ", and ", ", but ", ", while ", ", whereas ", ", later ", ", then "].map { Array($0.utf8) }

    /// The dated clauses of the sentence at `sentence`, which holds `spans`.
    private static func clauses(of sentence: Range<Int>, in text: TextCharacters, spans: [Span]) -> [Found] {
        var spans = spans.map { span in
            var span = span
            span.secondary = isSecondary(span, in: text, from: sentence.lowerBound)
            return span
        }
        spans.sort { $0.start < $1.start }
        let pieces = DatedClauses.pieces(of: sentence, in: text, spans: spans)
        var found: [Found] = []
        for (number, piece) in pieces.enumerated() {
            let inside = spans.filter { piece.contains($0.start) }
            let shape = Shape(first: number == 0, last: number == pieces.count - 1, whole: pieces.count == 1)
            let text = { (date: Span) -> String in
                // A clause that cannot stand alone ("later ratified by …") is read with the one before.
                trimmed(piece, in: text, date: date, shape: shape)
                    ?? trimmed(pieces[number - 1].lowerBound..<piece.upperBound, in: text, date: date, shape: Shape(first: true, last: shape.last, whole: false))!
            }
            if let event = inside.filter({ $0.role != .deadline }).min(by: { $0.rank < $1.rank }) {
                found.append(Found(date: event.id, role: .event, text: text(event)))
            }
            for deadline in inside where deadline.role == .deadline {
                found.append(Found(date: deadline.id, role: .deadline, text: text(deadline)))
            }
        }
        return found
    }

    /// The sentence cut at ``boundaries`` outside brackets and quotations, each piece holding a
    /// date and at least four words besides its dates; the rest join the piece before (the first
    /// piece, the one after).
    private static func pieces(of sentence: Range<Int>, in text: TextCharacters, spans: [Span]) -> [Range<Int>] {
        var cuts: [(end: Int, next: Int)] = []
        var depth = 0
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if text.at(i, is: "(") || text.at(i, is: "“") { depth += 1 }
            if text.at(i, is: ")") || text.at(i, is: "”") { depth = max(0, depth - 1) }
            if depth == 0, text.at(i, is: ";") || text.at(i, is: ","),
               let mark = boundaries.first(where: { matches($0, at: i, in: text, before: sentence.upperBound) }) {
                let next = i + mark.count - (mark == [UInt8(ascii: ";")] ? 0 : mark.dropFirst(2).count)
                cuts.append((i, next))
                i += mark.count
                continue
            }
            i += 1
        }
        guard !cuts.isEmpty else { return [sentence] }
        var raw: [Range<Int>] = []
        var start = sentence.lowerBound
        for cut in cuts {
            raw.append(start..<cut.end)
            start = cut.next
        }
        raw.append(start..<sentence.upperBound)
        let standsAlone = { (piece: Range<Int>) -> Bool in
            let dates = spans.filter { piece.contains($0.start) }
            guard !dates.isEmpty else { return false }
            var words = 0
            var inWord = false
            for index in piece where !dates.contains(where: { ($0.start..<$0.end).contains(index) }) {
                let letter = text.isLetter(index)
                if letter && !inWord { words += 1 }
                inWord = letter
            }
            return words >= 4
        }
        var merged: [Range<Int>] = []
        for piece in raw {
            if let last = merged.last, !standsAlone(piece) {
                merged[merged.count - 1] = last.lowerBound..<piece.upperBound
            } else {
                merged.append(piece)
            }
        }
        if merged.count > 1, !spans.contains(where: { merged[0].contains($0.start) }) {
            merged[1] = merged[0].lowerBound..<merged[1].upperBound
            merged.removeFirst()
        }
        return merged
    }

    /// Whether the characters from `i`, before `end`, are those of `mark` (ASCII).
    private static func matches(_ mark: [UInt8], at i: Int, in text: TextCharacters, before end: Int) -> Bool {
        guard i + mark.count <= end else { return false }
        return mark.indices.allSatisfy { text.at(i + $0, is: Unicode.Scalar(mark[$0])) }
    }

    /// The words that open a relative clause, each with the space after it.
    private static let relativeWords = ["which ", "where ", "who ", "whose ", "when "].map { Array($0.utf8) }

    /// Whether a date stands in a relative clause (after ", which", ", where", ", who", ", when"
    /// with no comma between) or an aside in brackets that does not just hold it ("(28 June)").
    private static func isSecondary(_ span: Span, in text: TextCharacters, from start: Int) -> Bool {
        var depth = 0
        var comma: Int?
        for index in start..<span.start {
            if text.at(index, is: "(") { depth += 1 }
            if text.at(index, is: ")") { depth = max(0, depth - 1) }
            if text.at(index, is: ",") { comma = index }
        }
        if depth > 0, span.start > 0, !text.at(span.start - 1, is: "(") { return true }
        guard let comma else { return false }
        var after = comma + 1
        while after < span.start, text.at(after, is: " ") { after += 1 }
        return relativeWords.contains { text.hasLowercasedPrefix($0, at: after, before: span.start) }
    }

    // MARK: Trimming

    /// Where a clause stands in its sentence.
    private struct Shape {
        let first: Bool
        let last: Bool
        let whole: Bool
    }

    /// Words that link a sentence to the one before it, left out with their comma.
    private static let linkingWords = ["notably", "furthermore", "however", "moreover", "in addition", "meanwhile", "additionally", "also",
                                       "subsequently", "separately", "later", "then", "most recently", "more recently", "similarly", "likewise",
                                       "at the same time", "in the meantime", "nevertheless", "nonetheless", "in turn", "again"].map { Array(($0 + ",").utf8) }
    /// Words that join a clause to the one before, left out with their space at a clause's start.
    private static let joiningWords = ["and then", "and", "but", "while", "whereas", "then"].map { Array(($0 + " ").utf8) }
    /// The words that may stand before a date that leads its clause: "On Thursday morning (".
    private static let leadWords: Set<String> = ["on", "in", "this", "tomorrow", "today", "tonight", "yesterday", "morning", "afternoon",
                                                 "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                 "earlier", "later"]

    /// The clause at `piece`, dated by `date`, as an entry shows it; `nil` for a clause that is
    /// not its sentence's first and cannot stand alone: it starts in lower case and no date led it.
    private static func trimmed(_ piece: Range<Int>, in text: TextCharacters, date: Span, shape: Shape) -> String? {
        var low = piece.lowerBound
        var high = piece.upperBound
        let skipSpaces = { while low < high, text.isWhitespace(low) { low += 1 } }
        skipSpaces()
        while high > low, text.isWhitespace(high - 1) || text.at(high - 1, is: "*") { high -= 1 }
        // A whole sentence in brackets: "(Notably, in February 2000, …)".
        if shape.whole, low < high, text.at(low, is: "(") {
            var end = high
            if end > low, text.at(end - 1, is: ".") || text.at(end - 1, is: "!") || text.at(end - 1, is: "?") { end -= 1 }
            if end > low + 1, text.at(end - 1, is: ")"), !((low + 1)..<(end - 1)).contains(where: { text.at($0, is: ")") }) {
                low += 1
                high = end - 1
            }
        }
        let startsWith = { (words: [UInt8]) in text.hasLowercasedPrefix(words, at: low, before: high) }
        if !shape.first, let word = joiningWords.first(where: startsWith) {
            low += word.count
            skipSpaces()
        }
        var changed = low != piece.lowerBound
        while let word = linkingWords.first(where: startsWith) {
            low += word.count
            skipSpaces()
            changed = true
        }
        var standsAlone = shape.first
        if date.start >= low, date.end < high {
            var after = date.end
            if after < high, text.at(after, is: ")") { after += 1 }
            if after < high, text.at(after, is: ","), holdsOnlyLeadWords(low..<date.start, in: text) {
                low = after + 1
                skipSpaces()
                changed = true
                standsAlone = true
            }
        }
        var clause = text.collapsingWhitespace(low..<high)
        if !shape.last, let last = clause.last, ",;:—".contains(last) { clause.removeLast() }
        if !shape.last, let last = clause.last, !".!?".contains(last) { clause += "." }
        guard let first = clause.first, first.isLowercase else { return clause }
        if !standsAlone { return nil }
        return changed ? first.uppercased() + clause.dropFirst() : clause
    }

    /// Whether every word (run of letters) of the characters in `range` is one of ``leadWords``.
    private static func holdsOnlyLeadWords(_ range: Range<Int>, in text: TextCharacters) -> Bool {
        var only = true
        TextCharacters.runs(in: range, where: text.isLetter) { word in
            only = leadWords.contains(text.string(word).lowercased())
            return only
        }
        return only
    }
}
