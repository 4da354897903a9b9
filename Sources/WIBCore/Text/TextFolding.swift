import Foundation

/// The one way WIBKit folds text for comparing it: readers matching page furniture, filters
/// matching what users typed, annotators matching names written without their accents.
extension StringProtocol {
    /// The text folded for comparing: lower case, without diacritics ("Jenča" is "jenca"),
    /// curly quotes and apostrophes straight, and each run of white space (non-breaking spaces
    /// included) one space, trimmed at both ends.
    public var folded: String {
        if let ascii = foldedIfASCII { return ascii }
        var out = ""
        var pendingSpace = false
        for character in withoutDiacritics.lowercased() {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch character {
            case "’", "‘", "`": out.append("'")
            case "“", "”": out.append("\"")
            default: out.append(character)
            }
        }
        return out
    }

    /// `folded` for text that is all ASCII, byte by byte (no Unicode tables needed: ASCII has no
    /// diacritics or curly quotes, and its white space is space, tab, line feed, vertical tab, form
    /// feed and carriage return); nil when the text holds any other character.
    private var foldedIfASCII: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            if byte.isASCIIWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(UInt8(ascii: " ")); pendingSpace = false }
            bytes.append(byte.foldedASCII)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text without its diacritics, case kept ("Jenča" is "Jenca"); ASCII text as it is.
    public var withoutDiacritics: String {
        guard utf8.contains(where: { $0 >= 0x80 }) else { return String(self) }
        return String(self).folding(options: .diacriticInsensitive, locale: nil)
    }
}
