import PropertyBased
import Testing
@testable import WIBReaders

/// Lines found by their line feeds' bytes, against splitting the characters as the readers did
/// before: the same lines, with the same limits on splits and characters.
@Suite struct TextLinesTests {
    private static let alphabet = ["a", "\n", "é", "e\u{0301}", "\u{1F1EB}\u{1F1F7}", " ", "\n\u{0301}", "#", "’", "\u{00A0}"]

    @Test func theLinesAreThoseOfSplittingTheCharacters() async {
        let pieces = TextLinesTests.alphabet
        await propertyCheck(count: 3000, input: Gen.int(in: 0..<pieces.count).array(of: 0...20), Gen.int(in: 0...6), Gen.int(in: 0...24)) { picks, splits, limit in
            let text = picks.map { pieces[$0] }.joined()
            let expected = text.prefix(limit).split(separator: "\n", maxSplits: splits, omittingEmptySubsequences: false)
            #expect(Array(TextLines(text[...], maxSplits: splits, characterLimit: limit)) == expected, "\(text.debugDescription)")
            #expect(Array(TextLines(text[...])) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test func edges() {
        #expect(Array(TextLines(""[...])) == [""])
        #expect(Array(TextLines("\n"[...])) == ["", ""])
        #expect(Array(TextLines("a\n\nb\n"[...], maxSplits: 1)) == ["a", "\nb\n"])
        #expect(Array(TextLines("ab\ncd"[...], characterLimit: 2)) == ["ab"], "the line feed after the limit is not looked at")
        #expect(Array(TextLines("ab\ncd"[...], characterLimit: 3)) == ["ab", ""])
        #expect(Array(TextLines("é\u{0301}x\nyz"[...], characterLimit: 3)) == ["é\u{0301}x", ""], "characters, not bytes, are counted")
    }

    @Test func bytesAreFoundWhereTheyAre() {
        let text = "Tomorrow’s <meta name=\"x\"> and <meta name=\"generator\">"
        let found = text[...].firstRange(ofBytes: "<meta name=\"generator\">")
        #expect(found.map { String(text[$0]) } == "<meta name=\"generator\">")
        #expect(found == text.firstRange(of: "<meta name=\"generator\">"))
        #expect(text[...].firstRange(ofBytes: "<meta name=\"author\">") == nil)
        #expect(""[...].firstRange(ofBytes: "<") == nil)
    }
}
