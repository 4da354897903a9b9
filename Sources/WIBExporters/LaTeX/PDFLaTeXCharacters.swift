import Foundation
import WIBCore

/// Makes a body's text typesettable by pdflatex with the preamble of a standalone LaTeX document
/// (``LaTeXExporter``: T1 fonts, UTF-8 input, TeX Live's base packages only).
///
/// pdflatex stops at a character its input encoding does not define, such as Cyrillic, Arabic or
/// an emoji. Text is first composed (NFC), so that a letter and its accent are one character.
/// Characters pdflatex typesets in that setup stay as they are: Latin-1, most of Latin
/// Extended-A (č, ł, ő, ş), the common punctuation (curly quotes, dashes, €, …). A run of other
/// characters is transliterated to Latin by ICU (“Небензя” becomes “Nebenzâ”); what is still not
/// typesettable loses its accents (ICU's Latin-ASCII); a lone combining accent is dropped; anything
/// else becomes a visible placeholder naming its code point, `[U+1F600]`. Link addresses keep
/// their ASCII and have the rest percent-encoded, as hyperref needs. The same text always gives
/// the same result on one system (ICU's tables decide the transliteration).
struct PDFLaTeXCharacters: ASTRewriter {
    func visitText(_ text: String) -> [Inline] {
        [.text(PDFLaTeXCharacters.typesettable(text))]
    }

    mutating func visitLink(_ link: Link) -> [Inline] {
        var link = link
        link.destination = link.destination.addingPercentEncoding(withAllowedCharacters: PDFLaTeXCharacters.urlCharacters) ?? link.destination
        return defaultVisit(.link(link))
    }

    func visitCodeBlock(_ codeBlock: CodeBlock) -> [Block] {
        var code = codeBlock
        code.literal = PDFLaTeXCharacters.typesettable(code.literal)
        return [.codeBlock(code)]
    }

    /// `text` with every character pdflatex cannot typeset replaced, as the type describes.
    static func typesettable(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        guard !composed.unicodeScalars.allSatisfy(isTypesettable) else { return composed }
        var result = ""
        var run = ""
        for character in composed {
            if character.unicodeScalars.allSatisfy(isTypesettable) {
                result += replacing(run)
                run = ""
                result.append(character)
            } else {
                run.append(character)
            }
        }
        return result + replacing(run)
    }

    /// A run of characters that are not typesettable, transliterated or replaced.
    private static func replacing(_ run: String) -> String {
        guard !run.isEmpty else { return "" }
        let latin = run.applyingTransform(.toLatin, reverse: false) ?? run
        var result = ""
        for character in latin {
            if character.unicodeScalars.allSatisfy(isTypesettable) {
                result.append(character)
            } else if let plain = String(character).applyingTransform(StringTransform("Latin-ASCII"), reverse: false),
                      !plain.isEmpty, plain.unicodeScalars.allSatisfy(isTypesettable) {
                result += plain
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                continue
            } else if let first = character.unicodeScalars.first {
                let hex = String(first.value, radix: 16, uppercase: true)
                result += "[U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)]"
            }
        }
        return result
    }

    /// Whether pdflatex typesets `scalar` with the standalone preamble. The ranges were found by
    /// typesetting every character of these blocks with TeX Live 2022's pdflatex.
    static func isTypesettable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0x7E).contains(value) { return true }
        return typesettableRanges.contains { $0.contains(value) }
    }

    private static let typesettableRanges: [ClosedRange<UInt32>] = [
        // Latin-1, Latin Extended-A and -B.
        0xA0...0x125, 0x128...0x137, 0x139...0x13E, 0x141...0x148, 0x14A...0x165, 0x168...0x17E, 0x192...0x192, 0x1C4...0x1D4,
        0x1E2...0x1E3, 0x1E6...0x1EB, 0x1F0...0x1F0, 0x1F4...0x1F5, 0x218...0x21B, 0x232...0x233, 0x237...0x237,
        // Spacing modifier letters (ˆ ˇ ˘ ˙ ˛ ˜ ˝).
        0x2C6...0x2C7, 0x2D8...0x2D9, 0x2DB...0x2DD,
        // Latin Extended Additional.
        0x1E02...0x1E03, 0x1E0D...0x1E0D, 0x1E1E...0x1E21, 0x1E25...0x1E25, 0x1E30...0x1E31, 0x1E37...0x1E37, 0x1E43...0x1E43,
        0x1E45...0x1E45, 0x1E47...0x1E47, 0x1E5B...0x1E5B, 0x1E63...0x1E63, 0x1E6D...0x1E6D, 0x1E8E...0x1E91, 0x1E9E...0x1E9E,
        0x1EF2...0x1EF3,
        // General punctuation: hyphens, dashes, quotes, daggers, bullet, ellipsis, per mille, guillemets.
        0x200C...0x200C, 0x2010...0x2016, 0x2018...0x201A, 0x201C...0x201E, 0x2020...0x2022, 0x2026...0x2026, 0x2030...0x2031,
        0x2039...0x203B, 0x203D...0x203D, 0x2044...0x2044, 0x204E...0x204E, 0x2052...0x2052,
        // Currency, letterlike symbols, arrows, ligatures.
        0x20A1...0x20A1, 0x20A4...0x20A4, 0x20A6...0x20A6, 0x20A9...0x20A9, 0x20AB...0x20AC, 0x20B1...0x20B1,
        0x2103...0x2103, 0x2116...0x2117, 0x211E...0x211E, 0x2120...0x2120, 0x2122...0x2122, 0x2126...0x2127, 0x212E...0x212E,
        0x2190...0x2193, 0xFB00...0xFB06,
    ]

    /// The characters a link address keeps as they are: printable ASCII.
    private static let urlCharacters = CharacterSet(charactersIn: Unicode.Scalar(0x21)!...Unicode.Scalar(0x7E)!)
}
