/// Splits UTF-8 text into ``Token``s in one pass over its bytes.
enum Tokenizer {
    /// The tokens of `bytes`, covering them without gaps.
    static func tokens(of bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3)
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decode(bytes, at: index)
            let start = index
            if isSpace(scalar) {
                index += length
                while index < bytes.count {
                    let (next, nextLength) = decode(bytes, at: index)
                    guard isSpace(next) else { break }
                    index += nextLength
                }
                tokens.append(Token(kind: .space, start: start, end: index, key: WordKey(value: 0), isCapitalised: false, isAllCapitals: false))
            } else if isWordScalar(scalar) {
                var hash = WordKey.offset
                var letters = 0, capitals = 0, digits = 0
                var first = true, capitalised = false
                var current = scalar, currentLength = length
                while true {
                    for offset in 0..<currentLength { hash = WordKey.mix(hash, bytes[index + offset]) }
                    let value = current.value
                    if value >= 48 && value <= 57 { digits += 1 } else {
                        letters += 1
                        let upper = value < 0x80 ? (value >= 65 && value <= 90) : current.properties.isUppercase
                        if upper { capitals += 1; if first { capitalised = true } }
                    }
                    first = false
                    index += currentLength
                    guard index < bytes.count else { break }
                    (current, currentLength) = decode(bytes, at: index)
                    guard isWordScalar(current) else { break }
                }
                let kind: Token.Kind = letters == 0 ? .number : .word
                tokens.append(Token(kind: kind, start: start, end: index, key: WordKey(value: hash),
                                    isCapitalised: capitalised, isAllCapitals: letters >= 2 && capitals == letters))
            } else {
                index += length
                var hash = WordKey.offset
                for offset in start..<index { hash = WordKey.mix(hash, bytes[offset]) }
                tokens.append(Token(kind: .punctuation, start: start, end: index, key: WordKey(value: hash), isCapitalised: false, isAllCapitals: false))
            }
        }
        return tokens
    }

    /// The scalar at `index` and its length in bytes (a malformed byte reads as U+FFFD, length 1).
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") : scalar.properties.isWhitespace
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
