import WIBCore

/// Every phrase list the finders use, compiled once into one table that answers them all in one
/// pass over a block's tokens: member states in every form posts use, groups, organisations,
/// officials' titles, months, weekdays, and the cue words of meetings, dates and votes.
///
/// Phrases match whole tokens. Names (states, groups, organisations, titles, honorifics) match
/// case-sensitively ("US" is not "us"); cue words and calendar words match in any case. Where one
/// phrase is a prefix of another ("Republic of Korea" in "Republic of Korea (ROK)") both are hits;
/// finders take the longest they want.
public struct Lexicon: Sendable {
    /// A phrase, compiled: its words are `words[first..<first + count]`. Small, so that the
    /// phrases a token may start sit in few cache lines.
    private struct Phrase: Sendable {
        let first: Int32
        let count: Int32
        let caseSensitive: Bool
        let entry: Int32
    }

    /// A word of a phrase: its key, where its bytes are in `bytes`, and whether white space
    /// stands before it.
    private struct Word: Sendable {
        let key: UInt64
        let start: Int32
        let length: Int32
        let spaceBefore: Bool
    }

    private let words: [Word]
    private let bytes: [UInt8]
    private let phrases: [Phrase]
    private let entries: [LexiconEntry]
    /// The phrases that start with a word: `phrases[range]`, longest first.
    private let byFirstKey: WordTable<Range<Int>>

    /// The lexicon of WIBKit's reference data (``MemberStates``, ``StateGroups``,
    /// ``Organisations``, ``Titles``, ``Cues``, month and weekday names).
    public static let standard = Lexicon(entries: standardEntries)

    /// A lexicon of `entries`: each a phrase, whether it matches case-sensitively, and what it means.
    public init(entries items: [(phrase: String, caseSensitive: Bool, entry: LexiconEntry)]) {
        var words: [Word] = [], bytes: [UInt8] = []
        var compiled: [(firstKey: WordKey, phrase: Phrase)] = []
        for (number, item) in items.enumerated() {
            let phraseBytes = Array(item.phrase.utf8)
            let first = words.count
            var pendingSpace = false
            for token in Tokenizer.tokens(of: phraseBytes) {
                if token.kind == .space { pendingSpace = true; continue }
                words.append(Word(key: token.key.value, start: Int32(bytes.count), length: Int32(token.end - token.start), spaceBefore: pendingSpace))
                bytes += phraseBytes[token.range]
                pendingSpace = false
            }
            guard words.count > first else { continue }
            compiled.append((WordKey(value: words[first].key),
                             Phrase(first: Int32(first), count: Int32(words.count - first), caseSensitive: item.caseSensitive, entry: Int32(number))))
        }
        // Group by first word, longest first; equal lengths keep their order.
        let ordered = compiled.enumerated().sorted {
            ($0.element.firstKey.value, -$0.element.phrase.count, $0.offset) < ($1.element.firstKey.value, -$1.element.phrase.count, $1.offset)
        }.map(\.element)
        var groups: [(key: WordKey, value: Range<Int>)] = []
        var start = 0
        for index in ordered.indices where index == ordered.count - 1 || ordered[index + 1].firstKey != ordered[index].firstKey {
            groups.append((ordered[index].firstKey, start..<(index + 1)))
            start = index + 1
        }
        self.words = words
        self.bytes = bytes
        self.phrases = ordered.map(\.phrase)
        self.entries = items.map(\.entry)
        byFirstKey = WordTable(groups)
    }

    /// Every phrase found among `tokens`, ordered by first token, longest first at one token.
    func hits(in tokens: [Token], bytes text: [UInt8]) -> [LexiconHit] {
        var hits: [LexiconHit] = []
        for i in tokens.indices where tokens[i].kind != .space {
            guard let candidates = byFirstKey[tokens[i].key] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                if let end = match(phrase, at: i, tokens: tokens, text: text) {
                    hits.append(LexiconHit(tokens: i..<end, entry: entries[Int(phrase.entry)]))
                }
            }
        }
        return hits
    }

    /// The token index just past `phrase` when it matches at token `start`.
    private func match(_ phrase: Phrase, at start: Int, tokens: [Token], text: [UInt8]) -> Int? {
        var i = start
        let first = Int(phrase.first)
        for k in first..<(first + Int(phrase.count)) {
            let word = words[k]
            if k > first {
                i += 1
                if word.spaceBefore {
                    guard i < tokens.count, tokens[i].kind == .space else { return nil }
                    i += 1
                }
                guard i < tokens.count, tokens[i].kind != .space, tokens[i].key.value == word.key else { return nil }
            }
            if phrase.caseSensitive || k > first {
                let token = tokens[i], length = Int(word.length)
                guard token.end - token.start == length else { return nil }
                if phrase.caseSensitive {
                    let wordStart = Int(word.start)
                    var offset = 0
                    while offset < length {
                        guard text[token.start + offset] == bytes[wordStart + offset] else { return nil }
                        offset += 1
                    }
                }
            }
        }
        return i + 1
    }
}

/// A lexicon phrase found in a block: the tokens it covers and what it means.
public struct LexiconHit: Sendable, Hashable {
    /// The token indices it covers (first to one past the last).
    public let tokens: Range<Int>
    /// What the phrase means.
    public let entry: LexiconEntry
}

/// What a lexicon phrase means.
public enum LexiconEntry: Sendable, Hashable {
    /// A member or observer state, by ISO 3166-1 alpha-3 code.
    case state(String)
    /// A group of states (A3, E10, EU), by short name.
    case group(String)
    /// An organisation (a UN body, a mission), by short name.
    case organisation(String)
    /// The head word of an official's title ("Special Envoy", "Director").
    case titleHead
    /// A word that may stand before a title's head and belongs to it ("Deputy", "Foreign").
    case titleModifier
    /// An honorific before a name ("Dr", "Sheikh", "Dato").
    case honorific
    /// A month, 1 to 12.
    case month(Int)
    /// A weekday, 1 (Monday) to 7 (Sunday).
    case weekday(Int)
    /// A cue word of meetings, dates or votes.
    case cue(Cue)
}
