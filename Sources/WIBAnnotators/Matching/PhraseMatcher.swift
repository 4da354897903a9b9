/// Finds fixed phrases (names) in text: case-sensitive, whole words only, leftmost first and,
/// at one place, longest first.
struct PhraseMatcher: Sendable {
    /// Phrases by their first word, longest first.
    private let byFirstWord: [Substring: [(phrase: String, id: String)]]

    /// Creates a matcher for `entries` (phrase → id).
    init(_ entries: [(phrase: String, id: String)]) {
        var table: [Substring: [(phrase: String, id: String)]] = [:]
        for entry in entries {
            guard let first = PhraseMatcher.firstWord(of: entry.phrase[...]) else { continue }
            table[first, default: []].append(entry)
        }
        byFirstWord = table.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
    }

    /// Every match in `text`, in order, none overlapping.
    func matches(in text: String) -> [(range: Range<String.Index>, id: String)] {
        var found: [(range: Range<String.Index>, id: String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isWordCharacter, index == text.startIndex || !text[text.index(before: index)].isWordCharacter,
                  let word = PhraseMatcher.firstWord(of: text[index...]), let candidates = byFirstWord[word] else {
                index = text.index(after: index)
                continue
            }
            var matched = false
            for candidate in candidates where text[index...].hasPrefix(candidate.phrase) {
                let end = text.index(index, offsetBy: candidate.phrase.count)
                if end == text.endIndex || !text[end].isWordCharacter {
                    found.append((index..<end, candidate.id))
                    index = end
                    matched = true
                    break
                }
            }
            if !matched { index = text.index(after: index) }
        }
        return found
    }

    /// The run of word characters at the start of `text`.
    static func firstWord(of text: Substring) -> Substring? {
        let word = text.prefix { $0.isWordCharacter }
        return word.isEmpty ? nil : word
    }
}

extension Character {
    /// A letter or a digit: what words are made of.
    var isWordCharacter: Bool { isLetter || isNumber }
}
