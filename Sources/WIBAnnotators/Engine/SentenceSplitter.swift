/// Finds sentences among tokens: a sentence ends at a full stop, question or exclamation mark
/// (with any closing quotes or brackets after it) that is followed by white space and a capital
/// letter, a digit, an opening quote or bracket, unless the stop ends an abbreviation ("Mr.",
/// "No.") or an initial ("B.").
enum SentenceSplitter {
    /// Words whose full stop does not end a sentence.
    static let abbreviations: WordSet = ["mr", "mrs", "ms", "dr", "prof", "st", "no", "amb", "gen", "lt", "col", "jr", "sr",
                                         "art", "para", "vs", "etc"]

    static func sentences(of tokens: [Token], in bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let token = tokens[i]
            guard token.kind == .punctuation, token.end - token.start == 1 else { continue }
            let mark = bytes[token.start]
            guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: "?") || mark == UInt8(ascii: "!") else { continue }
            var end = i + 1
            while end < tokens.count, tokens[end].kind == .punctuation, isClosing(tokens[end], bytes) { end += 1 }
            guard end < tokens.count, tokens[end].kind == .space, end + 1 < tokens.count else { continue }
            let next = tokens[end + 1]
            guard next.isCapitalised || next.kind == .number || (next.kind == .punctuation && isOpening(next, bytes)) else { continue }
            if mark == UInt8(ascii: "."), i > 0, tokens[i - 1].kind == .word {
                let word = tokens[i - 1]
                let single = word.end - word.start == 1
                if single || abbreviations.contains(word.key) { continue }
            }
            result.append(start..<(end + 1))
            start = end + 1
            i = end
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// ” ’ " ) ]
    private static func isClosing(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let length = token.end - token.start, first = bytes[token.start]
        if length == 1 { return first == 0x22 || first == 0x29 || first == 0x5D }
        return length == 3 && first == 0xE2 && bytes[token.start + 1] == 0x80 && (bytes[token.start + 2] == 0x9D || bytes[token.start + 2] == 0x99)
    }

    /// “ ‘ " (
    private static func isOpening(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let length = token.end - token.start, first = bytes[token.start]
        if length == 1 { return first == 0x22 || first == 0x28 }
        return length == 3 && first == 0xE2 && bytes[token.start + 1] == 0x80 && (bytes[token.start + 2] == 0x9C || bytes[token.start + 2] == 0x98)
    }
}
