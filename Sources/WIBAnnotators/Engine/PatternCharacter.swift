/// A character as ICU's regular expressions class it (`\w`, `\s`, `\d`), for the characters
/// posts are written in: ASCII, Latin letters with diacritics (U+00C0–U+024F), the no-break space,
/// curly quotes and en and em dashes.
///
/// The matchers that stand in for a ``TextPattern`` over a block's bytes (``ResolutionText``,
/// ``QuotationAnnotator``) read characters through it. On any other character it throws
/// ``Unknown``, the matcher gives up and the pattern itself is run: what is matched never changes.
struct PatternCharacter {
    /// ICU's `\w`: a letter, a mark, a decimal digit or "_".
    let isWord: Bool
    /// ICU's `\s`.
    let isSpace: Bool
    /// ICU's `\d`.
    let isDigit: Bool
    /// Its length in UTF-8 bytes.
    let length: Int

    /// A character whose class is left to ICU.
    struct Unknown: Error {}

    /// The character that starts at UTF-8 offset `offset` of `bytes`.
    static func at(_ offset: Int, in bytes: [UInt8]) throws(Unknown) -> PatternCharacter {
        let lead = bytes[offset]
        if lead < 0x80 { return try ascii(lead) }
        // Two or three bytes: U+0080 to U+FFFF.
        let length = lead >= 0xE0 ? 3 : 2
        guard lead >= 0xC2, lead < 0xF0, offset + length <= bytes.count else { throw Unknown() }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
        for next in (offset + 1)..<(offset + length) {
            guard bytes[next] & 0xC0 == 0x80 else { throw Unknown() }
            scalar = scalar << 6 | UInt32(bytes[next] & 0x3F)
        }
        switch scalar {
        case 0xA0:
            return PatternCharacter(isWord: false, isSpace: true, isDigit: false, length: length)
        case 0xD7, 0xF7:
            return PatternCharacter(isWord: false, isSpace: false, isDigit: false, length: length)
        case 0xC0...0x24F:
            return PatternCharacter(isWord: true, isSpace: false, isDigit: false, length: length)
        case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
            return PatternCharacter(isWord: false, isSpace: false, isDigit: false, length: length)
        default:
            throw Unknown()
        }
    }

    /// An ASCII character; control characters other than tab, line feed and carriage return are
    /// left to ICU (definitions of `\s` differ on some).
    private static func ascii(_ byte: UInt8) throws(Unknown) -> PatternCharacter {
        switch byte {
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "):
            return PatternCharacter(isWord: false, isSpace: true, isDigit: false, length: 1)
        case 0..<0x20, 0x7F:
            throw Unknown()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return PatternCharacter(isWord: true, isSpace: false, isDigit: true, length: 1)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return PatternCharacter(isWord: true, isSpace: false, isDigit: false, length: 1)
        default:
            return PatternCharacter(isWord: false, isSpace: false, isDigit: false, length: 1)
        }
    }
}
