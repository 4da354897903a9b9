import Testing
@testable import WIBAnnotators
import WIBCore

/// The matchers that stand in for regular expressions over a block's bytes find what the
/// expressions find, on text of every kind posts hold: ASCII, curly quotes, no-break spaces,
/// diacritics, line breaks, the end of a block; on characters they do not know, the expressions
/// run.
@Suite struct PatternMatcherTests {
    /// The resolution mention at the first "resolution" word, by the matcher and by the pattern.
    private func mentions(_ text: String) -> (fast: ResolutionText.Match?, pattern: ResolutionText.Match?) {
        let block = BlockText(text: text, line: 1, index: 0)
        guard let i = block.tokens.indices.first(where: { block.isWord($0, "resolution") || block.isWord($0, "resolutions") }) else {
            return (nil, nil)
        }
        let pattern = block.prefixMatch(ResolutionText.resolutionMention, from: block.tokens[i].start, within: ResolutionText.mentionLimit)
            .map { found in
                ResolutionText.Match(range: found.range, number: found.range(of: "number")!, year: found.range(of: "year"), day: found.range(of: "day"),
                                     month: found.range(of: "month"), dateYear: found.range(of: "dateYear"))
            }
        return (ResolutionText.mention(at: i, in: block), pattern)
    }

    @Test(arguments: [
        "resolution 1718", "Resolution 1718 (2006) decided", "resolutions 2397 and 2270", "RESOLUTIONS  12", "resolution 12345",
        "resolution 1718 of 14 October 2006", "resolution 1718 of 140 October 2006", "resolution 1718 of 14 Octob 2006",
        "resolution 1718 of 14 October 20066", "resolution\u{A0}1718\u{A0}(2006)", "resolution\r\n1718 (2006", "resolution 1718x",
        "the resolution’s 1718", "resolution 1718 — of 4 May 2020", "résolution 12 and resolution 13 of 1 Mai 2020", "resolution ١٧١٨",
        "resolution 1718 of 14 October\u{2003}2006", "resolution", "resolution 2719 " + String(repeating: "x", count: 70) + " of 1 May 2020",
    ])
    func resolutionMentions(text: String) {
        let found = mentions(text)
        #expect(found.fast == found.pattern, "\(text)")
    }

    @Test func aMentionReadsNoFurtherThanItsWindow() {
        // Eighty bytes from "resolution": the year's digits are cut, so there is no year in brackets.
        let text = "resolution " + String(repeating: " ", count: 62) + "1718 (2006)"
        let found = mentions(text)
        #expect(found.fast == found.pattern)
        #expect(found.fast?.year == nil)
    }

    @Test(arguments: [
        ", 2270", ", and 2270 (2016)", " and 2270", ", 2270 members", " and 2270 per cent", ", 2270 (2016) people", ",2270", ",and 2270",
        ", and2270", " and 22701", " and 2270 (2016) May", ", 2270 Mayor", " and 2270\u{A0}(2016)", ", 2270 ’s", " — 2270", "", ",",
        " and 2270 (٢٠١٦)", " and\u{2003}2270",
    ])
    func resolutionContinuations(after: String) {
        let block = BlockText(text: "resolution 1718" + after, line: 1, index: 0)
        let offset = "resolution 1718".utf8.count
        let pattern = block.prefixMatch(ResolutionText.resolutionContinuation, from: offset, within: ResolutionText.continuationLimit)
            .map { ResolutionText.Match(range: $0.range, number: $0.range(of: "number")!, year: $0.range(of: "year")) }
        #expect(ResolutionText.continuation(from: offset, in: block) == pattern, "\(after)")
    }

    @Test(arguments: [
        "Putin said that", "UN Secretary-General António Guterres has also described the", "McCain said", "O’Brien warned that",
        "In a statement, Rutte had  called it", "The Council said", "Dr. Smith told members", "A said", "Ab said", "Zoë Smith has\u{A0}noted",
        "Élodie Martin saidx", "Jean-Pierre Lacroix said_", "Said Putin", "Putin Said", "X and Y. Kim stressed, then Lee noted",
        "Ambassador Linda Thomas-Greenfield characterized", "Ms Ana María Pérez also warned", "Putin said\r\nand Lee added", "",
        "He said", "Putin 😀 said", "Putin\u{2003}said", "Park, Lee and Kim said",
    ])
    func speakers(text: String) {
        let block = BlockText(text: text + " “quote”", line: 1, index: 0)
        let end = text.utf8.count
        let pattern = block.matches(SpeakerText.pattern, from: 0, to: end).last.flatMap { $0["speaker"].map(String.init) }
        #expect(SpeakerText.lastSpeaker(in: block, from: 0, to: end) == pattern, "\(text)")
    }

    @Test func charactersTheMatchersDoNotKnowAreLeftToThePattern() throws {
        let known = Array("a’ \u{A0}é—9".utf8)
        var offset = 0
        while offset < known.count { offset += try PatternCharacter.at(offset, in: known).length }
        for unknown in ["😀", "\u{2003}", "\u{0B}", "\u{85}", "١", "\u{301}"] {
            #expect(throws: PatternCharacter.Unknown.self) { try PatternCharacter.at(0, in: Array(unknown.utf8)) }
        }
    }
}
