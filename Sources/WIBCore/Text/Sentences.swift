/// Splits running text into sentences.
///
/// A sentence ends at a full stop, question or exclamation mark (or one followed by a closing
/// quote or bracket) that is followed by white space and a capital letter, an opening quote or
/// a digit, unless the stop ends an abbreviation ("Mr.", "No.") or an initial ("O.").
public enum Sentences {
    /// Words whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "no", "amb", "gen", "lt", "col", "jr", "sr", "art", "para", "vs", "etc"]

    /// The ranges of the sentences of `text`, in order, covering it without gaps.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard ".?!".contains(character) else { continue }
            var end = index
            while end < text.endIndex, "”’\")]".contains(text[end]) { end = text.index(after: end) }
            guard end < text.endIndex, text[end].isWhitespace else { continue }
            let next = text[end...].first { !$0.isWhitespace }
            guard let next, next.isUppercase || next.isNumber || "“‘\"(".contains(next) else { continue }
            if character == "." {
                let word = text[..<text.index(before: index)].reversed().prefix { $0.isLetter }
                if word.count == 1 || abbreviations.contains(String(word.reversed()).lowercased()) { continue }
            }
            result.append(start..<end)
            start = end
            index = end
        }
        if start < text.endIndex { result.append(start..<text.endIndex) }
        return result
    }

    /// The first sentence of `text` (all of it when it has one sentence).
    public static func first(of text: some StringProtocol) -> String {
        let string = String(text)
        return ranges(in: string).first.map { String(string[$0]) } ?? string
    }
}
