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
    /// A phrase, compiled.
    struct Phrase: Sendable {
        let keys: [WordKey]
        let words: [[UInt8]]
        let spaceBefore: [Bool]
        let caseSensitive: Bool
        let entry: LexiconEntry
    }

    private let byFirstKey: WordTable<[Phrase]>

    /// The lexicon of WIBKit's reference data (``MemberStates``, ``StateGroups``,
    /// ``Organisations``, ``Titles``, ``Cues``, month and weekday names).
    public static let standard = Lexicon(entries: standardEntries)

    /// A lexicon of `entries`: each a phrase, whether it matches case-sensitively, and what it means.
    public init(entries: [(phrase: String, caseSensitive: Bool, entry: LexiconEntry)]) {
        var table: [WordKey: [Phrase]] = [:]
        for item in entries {
            let bytes = Array(item.phrase.utf8)
            let tokens = Tokenizer.tokens(of: bytes)
            var keys: [WordKey] = [], words: [[UInt8]] = [], spaces: [Bool] = []
            var pendingSpace = false
            for token in tokens {
                if token.kind == .space { pendingSpace = true; continue }
                keys.append(token.key)
                words.append(Array(bytes[token.range]))
                spaces.append(pendingSpace)
                pendingSpace = false
            }
            guard let first = keys.first else { continue }
            table[first, default: []].append(Phrase(keys: keys, words: words, spaceBefore: spaces, caseSensitive: item.caseSensitive, entry: item.entry))
        }
        byFirstKey = WordTable(table.map { ($0.key, $0.value.sorted { $0.keys.count > $1.keys.count }) })
    }

    /// Every phrase found among `tokens`, ordered by first token, longest first at one token.
    func hits(in tokens: [Token], bytes: [UInt8]) -> [LexiconHit] {
        var hits: [LexiconHit] = []
        for i in tokens.indices where tokens[i].kind != .space {
            guard let candidates = byFirstKey[tokens[i].key] else { continue }
            for phrase in candidates {
                if let end = match(phrase, at: i, tokens: tokens, bytes: bytes) {
                    hits.append(LexiconHit(tokens: i..<end, entry: phrase.entry))
                }
            }
        }
        return hits
    }

    /// The token index just past `phrase` when it matches at token `start`.
    private func match(_ phrase: Phrase, at start: Int, tokens: [Token], bytes: [UInt8]) -> Int? {
        var i = start
        for k in phrase.keys.indices {
            if k > 0 {
                i += 1
                if phrase.spaceBefore[k] {
                    guard i < tokens.count, tokens[i].kind == .space else { return nil }
                    i += 1
                }
                guard i < tokens.count, tokens[i].kind != .space, tokens[i].key == phrase.keys[k] else { return nil }
            }
            if phrase.caseSensitive || k > 0 {
                let token = tokens[i], word = phrase.words[k]
                guard token.end - token.start == word.count else { return nil }
                if phrase.caseSensitive {
                    var offset = 0
                    while offset < word.count {
                        guard bytes[token.start + offset] == word[offset] else { return nil }
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
