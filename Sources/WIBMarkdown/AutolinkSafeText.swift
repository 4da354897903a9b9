/// How text holding a web address is written so that GitHub's autolink extension reads the same
/// text as CommonMark does.
///
/// GitHub reads Markdown with cmark-gfm's autolink extension, which turns a bare address into a
/// link whose text and target are the Markdown's raw characters, backslash escapes included: the
/// text `www.un.org/sc_res_2334`, written `www.un.org/sc\_res\_2334` by cmark-gfm, shows on GitHub
/// as `www.un.org/sc\_res\_2334`. The extension starts a link at `www.` (after the start of the
/// text, a space, or one of `*_~(`) and at `http://`, `https://` or `ftp://` (the scheme's letters
/// not preceded by a letter), and runs it to the next space or `<`, less trailing punctuation.
///
/// Each such address is written one of two ways:
/// - raw, when every character of it reads as itself in CommonMark without escapes: letters,
///   digits, `#`, `!`, `|`, most punctuation, `_` between two letters or digits, `&` that starts
///   no character reference. Then the autolink extension links exactly the text, and a reader
///   without it reads the same text (`See www.un.org/sc_res_2334 now` keeps no escape).
/// - with an escaped trigger otherwise (a `~`, `*`, `\`, a `_` at a word's edge, an address that
///   runs into markup or is followed by `<`): `www\.` or `https\:`, so that the extension does not
///   start a link there, and cmark-gfm escapes the rest as usual.
///
/// Email addresses are linked by the extension after escapes are read, so their text is always
/// the same; nothing is done for them.
struct AutolinkSafeText {
    /// A part of the text: text for cmark-gfm to escape, or Markdown written as it is.
    enum Piece: Equatable {
        /// Text, escaped by cmark-gfm.
        case text(String)
        /// Markdown, written verbatim.
        case markdown(String)
    }

    /// The schemes whose `scheme://` starts a link.
    private static let schemes: Set<String> = ["http", "https", "ftp"]

    private let scalars: [Unicode.Scalar]
    private let endsLine: Bool

    /// `text`, one line's run of text inside a paragraph, heading or table cell, in pieces; a
    /// single `.text` when no address needs care. `endsLine`: whether a line break or the end of
    /// the block follows the text (when markup follows instead, an address reaching the text's
    /// end runs into it).
    static func pieces(of text: String, endsLine: Bool) -> [Piece] {
        guard mayHoldAddress(text) else { return [.text(text)] }
        return AutolinkSafeText(scalars: Array(text.unicodeScalars), endsLine: endsLine).pieces
    }

    /// Whether `text` holds `www.` or `://`, by one pass over its UTF-8 bytes (most text holds
    /// neither).
    private static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<(bytes.count - 2) {
                switch bytes[index] {
                case UInt8(ascii: ":") where bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/"):
                    return true
                case UInt8(ascii: "w") where index + 3 < bytes.count && bytes[index + 1] == UInt8(ascii: "w")
                        && bytes[index + 2] == UInt8(ascii: "w") && bytes[index + 3] == UInt8(ascii: "."):
                    return true
                default:
                    continue
                }
            }
            return false
        }
    }

    private init(scalars: [Unicode.Scalar], endsLine: Bool) {
        self.scalars = scalars
        self.endsLine = endsLine
    }

    private var pieces: [Piece] {
        var pieces: [Piece] = []
        var written = 0
        var index = 0
        while index < scalars.count {
            guard let (start, trigger) = linkStart(at: index) else {
                index += 1
                continue
            }
            let end = scalars[start...].firstIndex { $0 == " " || $0 == "<" } ?? scalars.count
            let closed = end < scalars.count ? scalars[end] == " " : endsLine
            if closed, (start..<end).allSatisfy(readsAsItself) {
                pieces.append(.text(string(written..<start)))
                pieces.append(.markdown(string(start..<end)))
                written = end
                index = end
            } else {
                pieces.append(.text(string(written..<trigger)))
                pieces.append(.markdown("\\" + string(trigger..<trigger + 1)))
                written = trigger + 1
                index = written
            }
        }
        pieces.append(.text(string(written..<scalars.count)))
        return pieces.filter { $0 != .text("") }
    }

    /// Where a link the extension would find at `index` starts, and the punctuation whose escape
    /// stops it (the `.` of `www.`, the `:` of `https://`).
    private func linkStart(at index: Int) -> (start: Int, trigger: Int)? {
        if scalars[index] == "w", matches("www.", at: index),
           index == 0 || scalars[index - 1].properties.isWhitespace || "*_~(".unicodeScalars.contains(scalars[index - 1]) {
            return (index, index + 3)
        }
        if scalars[index] == ":", matches("://", at: index) {
            var start = index
            while start > 0, scalars[start - 1].isASCII, scalars[start - 1].properties.isAlphabetic { start -= 1 }
            if Self.schemes.contains(string(start..<index).lowercased()) { return (start, index) }
        }
        return nil
    }

    /// Whether the character at `index`, written without an escape, reads as itself in CommonMark
    /// with GFM's strikethrough (in the middle of a line).
    private func readsAsItself(_ index: Int) -> Bool {
        let scalar = scalars[index]
        switch scalar {
        case "\\", "`", "*", "~", "[", "]", "<": return false
        case "_": return isLetterOrDigit(index - 1) && isLetterOrDigit(index + 1)
        case "&": return !startsCharacterReference(index)
        default: return scalar.value >= 0x20 && scalar.value != 0x7F
        }
    }

    private func isLetterOrDigit(_ index: Int) -> Bool {
        guard scalars.indices.contains(index) else { return false }
        let properties = scalars[index].properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether `&` at `index` could start a character reference (`&amp;`, `&#38;`, `&#x26;`).
    private func startsCharacterReference(_ index: Int) -> Bool {
        let name = scalars[(index + 1)...].prefix { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "#") }
        let after = index + 1 + name.count
        return !name.isEmpty && after < scalars.count && scalars[after] == ";"
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        let wanted = Array(literal.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    private func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
