import WIBCore

/// Every dated event the posts of a pack mention, in date order. An event is the sentence around
/// a date; the same event told by several posts (the same date, and sentences sharing at least
/// three significant words) is one entry that cites each post.
struct PackTimeline {
    /// One entry.
    struct Event {
        /// The date's id: `2024-06-19`, `2024-06`, `2024-10-22/2024-10-24`; in a post with no
        /// date to read the year from, `--06-19` or `--06`.
        let date: String
        /// The sentence of the first post that tells it.
        let sentence: String
        /// The posts that tell it (indexes into the pack's posts), in order.
        var posts: [Int]
        /// The significant words of every sentence merged into it.
        var words: Set<String>
    }

    /// The events in date order.
    let events: [Event]

    init(posts: [Post]) {
        var events: [Event] = []
        for (index, post) in posts.enumerated() {
            for (date, sentence) in DatedSentences(blocks: post.body).found {
                let words = PackTimeline.significantWords(of: sentence)
                if let existing = events.firstIndex(where: { $0.date == date && $0.words.intersection(words).count >= 3 }) {
                    if !events[existing].posts.contains(index) { events[existing].posts.append(index) }
                    events[existing].words.formUnion(words)
                } else if !events.contains(where: { $0.date == date && $0.sentence == sentence }) {
                    events.append(Event(date: date, sentence: sentence, posts: [index], words: words))
                }
            }
        }
        // A stable sort keeps the order of first telling among events of one date.
        self.events = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The events whose year is known, in date order.
    var dated: [Event] { events.filter { !PackTimeline.lacksYear($0.date) } }

    /// The events whose year is unknown (from posts with no date), by month and day.
    var yearless: [Event] { events.filter { PackTimeline.lacksYear($0.date) } }

    /// Whether a date's id has no year: `--06-19`, `--06`, `--10-22/--10-24`.
    static func lacksYear(_ date: String) -> Bool {
        date.split(separator: "/").contains { $0.hasPrefix("--") }
    }

    /// A date as a pack shows it: "2024-06-19", "2024-06", "2024-10-22 to 2024-10-24"; a date
    /// without a year in words, never as a partial ISO date: "19 June", "June", "22 October to
    /// 24 October".
    static func shown(_ date: String) -> String {
        date.split(separator: "/").map { part in
            guard part.hasPrefix("--") else { return String(part) }
            let fields = part.dropFirst(2).split(separator: "-").compactMap { Int($0) }
            guard let month = fields.first.flatMap(MonthName.name(of:)) else { return "year unknown" }
            return fields.count > 1 ? "\(fields[1]) \(month)" : month
        }.joined(separator: " to ")
    }

    private static let stopWords: Set<String> = [
        "that", "with", "from", "which", "this", "have", "will", "were", "been", "their", "they", "after", "also", "during",
        "between", "council", "members", "member", "said", "when", "into", "over", "under", "about", "would", "could", "such",
        "other", "than", "more", "most", "some", "these", "those", "there", "where", "while", "since", "before", "following",
    ]

    private static func significantWords(of sentence: String) -> Set<String> {
        Set(sentence.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 && !stopWords.contains($0) && MonthName.number(of: $0) == nil })
    }
}

/// The sentences around each date span of some blocks, in order; dates inside a
/// cross-reference ("our 27 June What's in Blue story") name a story, not an event.
private struct DatedSentences {
    private(set) var found: [(date: String, sentence: String)] = []

    init(blocks: [Block]) {
        for block in blocks { visit(block) }
    }

    private mutating func visit(_ block: Block) {
        switch block {
        case .paragraph(let paragraph):
            var text = ""
            var dates: [(id: String, offset: Int)] = []
            var length = 0
            DatedSentences.flatten(paragraph.content, into: &text, length: &length, dates: &dates, insideReference: false)
            let sentences = Sentences.ranges(in: text)
            for (id, offset) in dates {
                let position = text.index(text.startIndex, offsetBy: offset)
                guard let range = sentences.first(where: { $0.contains(position) }) ?? sentences.last else { continue }
                let sentence = text[range].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                found.append((id, sentence))
            }
        default:
            for child in block.childBlocks { visit(child) }
        }
    }

    private static func flatten(_ inlines: [Inline], into text: inout String, length: inout Int, dates: inout [(id: String, offset: Int)], insideReference: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let piece):
                text += piece
                length += piece.count
            case .softBreak:
                text += " "
                length += 1
            case .annotated(let entity, let children):
                if entity.kind == .date, !insideReference { dates.append((entity.id, length)) }
                flatten(children, into: &text, length: &length, dates: &dates, insideReference: insideReference || entity.kind == .crossReference)
            default:
                flatten(inline.children, into: &text, length: &length, dates: &dates, insideReference: insideReference)
            }
        }
    }
}
