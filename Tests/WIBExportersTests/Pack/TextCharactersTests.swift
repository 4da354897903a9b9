import Testing
@testable import WIBExporters

/// The characters the clause finder reads: numbered, sliced and asked as `String` and
/// `Character` would, on ASCII text (read byte by byte) and on any other.
@Suite struct TextCharactersTests {
    /// ASCII, CR LF, combining marks (after a letter, a stop and a space), a flag, ZWJ and
    /// prepended marks, no-break and thin spaces, curly quotes, a Greek question mark (which
    /// `Character` takes for ";"), a Kelvin sign (for "K"), and the empty text.
    static let samples = [
        "On 28 October, NATO announced (on 3 May) that troops; and “more”.",
        "Line one\r\nline two\rthree\n", "Jenc\u{30C}a and e\u{301}.\u{301} and a \u{301}mark", "The 🇺🇳 flag 🇺🇸🇬 and 👩\u{200D}💻 work",
        "\u{600}1 and a\u{A0}no-break\u{2009}thin space", "Côte d’Ivoire — “Report”;\u{37E} and \u{212A}elvin", "",
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    @Test(arguments: samples)
    func numbersAndAsksCharactersAsStringDoes(text: String) {
        let characters = TextCharacters(text)
        let expected = Array(text)
        #expect(characters.count == expected.count)
        for (index, character) in expected.enumerated() {
            #expect(characters.string(index..<(index + 1)) == String(character))
            #expect(characters.isWhitespace(index) == character.isWhitespace)
            #expect(characters.isLetter(index) == character.isLetter)
            #expect(characters.isByte(index) == (character.utf8.count == 1))
            for scalar in ["(", ")", ";", ",", ".", " ", "K", "*", "“", "”", "—"] as [Unicode.Scalar] {
                #expect(characters.at(index, is: scalar) == (character == Character(scalar)))
            }
        }
    }

    @Test(arguments: samples)
    func findsCharactersByByteAsAPrefixCountsThem(text: String) {
        let characters = TextCharacters(text)
        for offset in 0...text.utf8.count {
            let prefix = String(decoding: Array(text.utf8)[..<offset], as: UTF8.self)
            // A prefix that cuts a scalar in two ends in a replacement character: count whole scalars only.
            guard prefix.utf8.elementsEqual(Array(text.utf8)[..<offset]) else { continue }
            #expect(characters.character(atByte: offset) == prefix.count)
        }
    }

    @Test(arguments: samples)
    func collapsesWhiteSpaceAsSplitAndJoinDo(text: String) {
        let characters = TextCharacters(text)
        #expect(characters.collapsingWhitespace(0..<characters.count) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test func comparesLowerCasedPrefixesCharacterByCharacter() {
        let characters = TextCharacters("WHICH \u{212A}ey, Whose e\u{301}")
        #expect(characters.hasLowercasedPrefix(Array("which ".utf8), at: 0, before: characters.count))
        #expect(!characters.hasLowercasedPrefix(Array("which ".utf8), at: 0, before: 5))
        #expect(characters.hasLowercasedPrefix(Array("key".utf8), at: 6, before: characters.count))
        #expect(characters.hasLowercasedPrefix(Array("whose ".utf8), at: 11, before: characters.count))
        #expect(!characters.hasLowercasedPrefix(Array("whose e".utf8), at: 11, before: characters.count))
    }

    @Test func codesAreCharacterEqualityForEveryScalarOfTheBasicPlane() {
        let targets: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["“", "”", "—"]
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)), !scalar.isASCII else { continue }
            let code = TextCharacters.code(of: Character(scalar))
            for target in targets where (Character(scalar) == target) != (code == target.unicodeScalars.first!.value) {
                Issue.record("U+\(String(value, radix: 16)) against \(target)")
            }
        }
    }

    @Test func runsAreTheLongestStretchesAndStopWhenAsked() {
        let letters = Array("ab  cde f")
        var runs: [Range<Int>] = []
        TextCharacters.runs(in: letters.indices, where: { letters[$0].isLetter }) { runs.append($0); return true }
        #expect(runs == [0..<2, 4..<7, 8..<9])
        runs = []
        TextCharacters.runs(in: 1..<6, where: { letters[$0].isLetter }) { runs.append($0); return $0.count < 2 }
        #expect(runs == [1..<2, 4..<6])
    }
}
