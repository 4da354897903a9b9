/// Splits running text into sentences.
///
/// A sentence ends at a full stop, question or exclamation mark (or one followed by a closing
/// quote or bracket) that is followed by white space and a capital letter, an opening quote or
/// a digit, unless the stop ends an abbreviation ("Mr.", "No.") or an initial ("O.").
public enum Sentences {
    /// Words whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "no", "amb", "gen", "lt", "col", "jr", "sr", "art", "para", "vs", "etc"]
    /// How many letters the longest of ``abbreviations`` has.
    private static let longestAbbreviation = abbreviations.map(\.count).max()!

    /// The ranges of the sentences of `text`, in order, covering it without gaps.
    ///
    /// The text's UTF-8 is searched for the bytes of the stops; only where one is a character of
    /// its own is the text read as characters.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        let bytes = Array(text.utf8)
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var offset = 0
        while let stop = bytes[offset...].firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }) {
            offset = stop + 1
            guard let index = characterIndex(ofByte: stop, in: text, bytes: bytes) else { continue }
            var end = text.utf8.index(after: index)
            while end < text.endIndex, "”’\")]".contains(text[end]) { end = text.index(after: end) }
            guard end < text.endIndex, text[end].isWhitespace else { continue }
            let next = text[end...].first { !$0.isWhitespace }
            guard let next, next.isUppercase || next.isNumber || "“‘\"(".contains(next) else { continue }
            if bytes[stop] == UInt8(ascii: ".") {
                let word = text[..<index].reversed().prefix { $0.isLetter }
                let letters = word.count
                // Lower-casing gives each scalar one or more: a longer word is no abbreviation.
                if letters == 1 || letters <= longestAbbreviation && abbreviations.contains(String(word.reversed()).lowercased()) { continue }
            }
            result.append(start..<end)
            start = end
            offset = text.utf8.distance(from: text.utf8.startIndex, to: end)
        }
        if start < text.endIndex { result.append(start..<text.endIndex) }
        return result
    }

    /// The index of the character that is the stop at byte `offset` of `text`'s UTF-8 (`bytes`)
    /// alone, or `nil` when the byte is part of a longer character ("." with a combining mark).
    /// A stop between two ASCII bytes is a character of its own (Unicode joins two ASCII
    /// characters only as a carriage return and a line feed); elsewhere `String` decides.
    private static func characterIndex(ofByte offset: Int, in text: String, bytes: [UInt8]) -> String.Index? {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let ascii = { (neighbour: Int) in !bytes.indices.contains(neighbour) || bytes[neighbour] < 0x80 }
        if ascii(offset - 1), ascii(offset + 1) { return index }
        let next = text.index(after: index)
        guard text.utf8.distance(from: index, to: next) == 1, text.index(before: next) == index else { return nil }
        return index
    }

    /// The first sentence of `text` (all of it when it has one sentence).
    public static func first(of text: some StringProtocol) -> String {
        let string = String(text)
        return ranges(in: string).first.map { String(string[$0]) } ?? string
    }
}
