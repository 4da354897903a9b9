/// The lines of a text, found one at a time by their line feeds: what
/// `text.prefix(characterLimit).split(separator: "\n", maxSplits: maxSplits, omittingEmptySubsequences: false)`
/// gives, without splitting (or counting the characters of) more of the text than is looked at.
///
/// In text without carriage returns (as ``SourceText``'s), a line feed is always a character of
/// its own, so finding it among the UTF-8 bytes splits the text where splitting its characters
/// would; and a character has at least one byte, so a line feed within the first
/// `characterLimit` bytes is within that many characters: they are counted only for a line that
/// reaches further. After `maxSplits` line feeds, the last line is the rest of the text, line
/// feeds and all; a text with none is one line (an empty text, one empty line).
struct TextLines: Sequence, IteratorProtocol {
    private var text: Substring
    /// Where the next line starts; `nil` after the last one.
    private var start: Substring.Index?
    private var splitsLeft: Int
    /// The characters of `text` looked at, while `text` is not yet cut to them.
    private var characterLimit: Int?

    /// The lines of the first `characterLimit` characters of `text` (all of it when `nil`),
    /// split at no more than `maxSplits` line feeds.
    init(_ text: Substring, maxSplits: Int = .max, characterLimit: Int? = nil) {
        self.text = text
        start = text.startIndex
        splitsLeft = maxSplits
        self.characterLimit = characterLimit
    }

    mutating func next() -> Substring? {
        guard let start else { return nil }
        if splitsLeft > 0, let newline = text.firstIndex(ofASCII: UInt8(ascii: "\n"), from: start), isWithinLimit(newline) {
            self.start = text.utf8.index(after: newline)
            splitsLeft -= 1
            return text[start..<newline]
        }
        cutToLimit()
        self.start = nil
        return text[start...]
    }

    /// Whether the line feed at `newline` is within the characters looked at.
    private mutating func isWithinLimit(_ newline: Substring.Index) -> Bool {
        guard let characterLimit, text.utf8.distance(from: text.startIndex, to: newline) >= characterLimit else { return true }
        cutToLimit()
        return newline < text.endIndex
    }

    /// Cuts `text` to the characters looked at, counting them only when it has more bytes.
    private mutating func cutToLimit() {
        if let characterLimit, text.utf8.count > characterLimit { text = text.prefix(characterLimit) }
        characterLimit = nil
    }
}
