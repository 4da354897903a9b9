/// Splits UTF-8 text into ``Token``s in one pass over its bytes: ASCII bytes by a table, other
/// characters by their Unicode properties.
enum Tokenizer {
    /// What an ASCII byte is.
    private enum Class: UInt8 { case other = 0, lower, upper, digit, space }

    private static let ascii: [Class] = (0..<128).map { byte -> Class in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): .space
        default: .other
        }
    }

    /// The tokens of `bytes`, covering them without gaps.
    static func tokens(of bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3)
        let table = ascii
        bytes.withUnsafeBufferPointer { buffer in
            table.withUnsafeBufferPointer { ascii in
                var index = 0
                let count = buffer.count
                while index < count {
                    let start = index
                    let kind = classify(buffer, at: index, ascii)
                    switch kind.class {
                    case .space:
                        index += kind.length
                        while index < count {
                            let next = classify(buffer, at: index, ascii)
                            guard next.class == .space else { break }
                            index += next.length
                        }
                        tokens.append(Token(kind: .space, start: start, end: index, key: WordKey(value: 0), isCapitalised: false, isAllCapitals: false))
                    case .lower, .upper, .digit:
                        var hash = WordKey.offset
                        var letters = 0, capitals = 0
                        let capitalised = kind.class == .upper
                        var current = kind
                        while true {
                            for offset in 0..<current.length { hash = WordKey.mix(hash, buffer[index + offset]) }
                            if current.class != .digit {
                                letters += 1
                                if current.class == .upper { capitals += 1 }
                            }
                            index += current.length
                            guard index < count else { break }
                            current = classify(buffer, at: index, ascii)
                            guard current.class == .lower || current.class == .upper || current.class == .digit else { break }
                        }
                        tokens.append(Token(kind: letters == 0 ? .number : .word, start: start, end: index, key: WordKey(value: hash),
                                            isCapitalised: capitalised, isAllCapitals: letters >= 2 && capitals == letters))
                    case .other:
                        index += kind.length
                        var hash = WordKey.offset
                        for offset in start..<index { hash = WordKey.mix(hash, buffer[offset]) }
                        tokens.append(Token(kind: .punctuation, start: start, end: index, key: WordKey(value: hash), isCapitalised: false, isAllCapitals: false))
                    }
                }
            }
        }
        return tokens
    }

    /// The class of the character at `index` and its length in bytes; a letter outside ASCII is
    /// upper or lower case by its properties, a combining mark belongs to its word, a malformed
    /// byte is punctuation of length 1.
    @inline(__always)
    private static func classify(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, _ ascii: UnsafeBufferPointer<Class>) -> (class: Class, length: Int) {
        let lead = buffer[index]
        if lead < 0x80 { return (ascii[Int(lead)], 1) }
        return classifyBeyondASCII(buffer, at: index)
    }

    /// The class and length of a character outside ASCII (kept out of line: the loop over ASCII
    /// bytes stays small).
    @inline(never)
    private static func classifyBeyondASCII(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (class: Class, length: Int) {
        let lead = buffer[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= buffer.count else { return (.other, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
        switch value {
        // What posts write most outside ASCII, classed without reading properties: curly quotes
        // and dashes are punctuation, the no-break space is white space.
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014: return (.other, length)
        case 0xA0: return (.space, length)
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return (.other, 1) }
        let properties = scalar.properties
        if properties.isWhitespace { return (.space, length) }
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark { return (properties.isUppercase ? .upper : .lower, length) }
        if properties.numericType != nil { return (.lower, length) }
        return (.other, length)
    }
}
