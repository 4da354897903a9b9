import WIBAnnotators
import WIBCore

/// The dated events the posts of a pack tell, in date order, and apart from them the deadlines
/// and terms they give ("until 30 April 2025", "the mandate expires on 15 January").
///
/// Each entry is one clause, dated by the date it is about (see ``DatedClauses``): a sentence
/// with three dates is not three entries, and a draft's term is a deadline, never an event. The
/// same event told by several posts (the same date, and clauses sharing at least three
/// significant words) is one entry that cites each post.
struct PackTimeline {
    /// What an entry's date is.
    enum Role: String, Sendable {
        /// The day (month, year, range) something happened or will happen.
        case event
        /// The day a term ends: a mandate's, a draft's, a deadline.
        case deadline
    }

    /// One entry.
    struct Event {
        /// The date's id: `2024-06-19`, `2024-06`, `2024`, `2024-10-22/2024-10-24`; in a post with
        /// no date to read the year from, `--06-19` or `--06`.
        let date: String
        /// The clause of the first post that tells it, trimmed to read on its own.
        let text: String
        /// The posts that tell it (indexes into the pack's posts), in order.
        var posts: [Int]
        /// Whether it is an event or a deadline.
        let role: Role
    }

    /// The entries of one list as they are gathered: each entry with the significant words of
    /// every clause merged into it, and the entries of each date, so that a clause is compared
    /// only with the entries of its own date. The words are let go once the list is made.
    private struct Gathering {
        var entries: [Event] = []
        var words: [ClauseWords] = []
        var byDate: [String: [Int]] = [:]

        /// Adds a clause with its significant `words`, merged into an entry of the same date that
        /// tells the same thing.
        mutating func add(_ clause: DatedClauses.Found, words: ClauseWords, from post: Int) {
            let candidates = byDate[clause.date] ?? []
            if let existing = candidates.first(where: { entries[$0].text == clause.text || self.words[$0].shared(with: words, upTo: 3) >= 3 }) {
                // Clauses come in the posts' order: the post is on the list already only as its last.
                if entries[existing].posts.last != post { entries[existing].posts.append(post) }
                self.words[existing].formUnion(words)
            } else {
                byDate[clause.date, default: []].append(entries.count)
                entries.append(Event(date: clause.date, text: clause.text, posts: [post], role: clause.role))
                self.words.append(words)
            }
        }
    }

    /// The events: dated ones in date order, then those whose year is unknown.
    let events: [Event]
    /// The deadlines and terms, in the same order.
    let deadlines: [Event]

    /// The timeline of `posts`: each post's clauses and their words are found on every core
    /// (``PerPost``; on one when not `parallel`), then gathered in the posts' order.
    init(posts: [Post], parallel: Bool = true) {
        var events = Gathering()
        var deadlines = Gathering()
        PerPost.map(posts.count, parallel: parallel, { index in
            DatedClauses(blocks: posts[index].body).found.map { ($0, PackTimeline.significantWords(of: $0.text)) }
        }, keep: { index, clauses in
            for (clause, words) in clauses {
                if clause.role == .deadline {
                    deadlines.add(clause, words: words, from: index)
                } else {
                    events.add(clause, words: words, from: index)
                }
            }
        })
        self.events = PackTimeline.ordered(events.entries)
        self.deadlines = PackTimeline.ordered(deadlines.entries)
    }

    /// The events whose year is known, in date order.
    var dated: [Event] { events.filter { !PackTimeline.lacksYear($0.date) } }

    /// The events whose year is unknown (from posts with no date), by month and day.
    var yearless: [Event] { events.filter { PackTimeline.lacksYear($0.date) } }

    /// Dated entries in date order, then yearless ones; a stable sort keeps the order of first
    /// telling among entries of one date.
    private static func ordered(_ entries: [Event]) -> [Event] {
        entries.enumerated().map { (yearless: lacksYear($0.element.date) ? 1 : 0, offset: $0.offset, event: $0.element) }.sorted { a, b in
            (a.yearless, a.event.date, a.offset) < (b.yearless, b.event.date, b.offset)
        }.map(\.event)
    }

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

    /// The words of four letters or more, but for common ones and month names, each kept as its
    /// ``WordKey`` (a 64-bit hash, the same on every run), as ``ClauseWords``: a fraction of the
    /// memory of the words, for the tens of thousands of clauses of a large pack. A word is a run of letters of the text in
    /// lower case.
    static func significantWords(of text: String) -> ClauseWords {
        var words: [WordKey] = []
        forEachLowercasedWord(in: text) { word, length in
            if length >= 4, !stopWords.contains(word), !isMonth(word) { words.append(WordKey(word)) }
        }
        return ClauseWords(words)
    }

    /// Hands on each run of letters of `text` in lower case, with its length in characters:
    /// `text.lowercased().split { !$0.isLetter }`. An ASCII text is read byte by byte (its
    /// letters are A–Z and a–z); any other as ``TextCharacters``.
    static func forEachLowercasedWord(in text: String, _ body: (String, Int) -> Void) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(text.utf8.lazy.map(\.asciiLowercased))
            TextCharacters.runs(in: bytes.indices, where: { bytes[$0] &- 97 < 26 }) { run in
                body(String(decoding: bytes[run], as: UTF8.self), run.count)
                return true
            }
        } else {
            let characters = TextCharacters(lowercased(text))
            TextCharacters.runs(in: 0..<characters.count, where: characters.isLetter) { run in
                body(characters.string(run), run.count)
                return true
            }
        }
    }

    /// `text.lowercased()`, made faster: each ASCII byte lowered as it is, each other scalar
    /// replaced by its lower-case mapping, as `String` does it (scalar by scalar, with no context).
    static func lowercased(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value).asciiLowercased)
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first three letters of each month's name.
    private static let monthPrefixes = Set((1...12).compactMap { MonthName.name(of: $0).map { String($0.lowercased().prefix(3)) } })

    /// Whether a word in lower case names a month (``MonthName``), asked only of words that begin
    /// as a month's name does.
    private static func isMonth(_ word: String) -> Bool {
        monthPrefixes.contains(String(word.prefix(3))) && MonthName.number(of: word) != nil
    }
}
