import PropertyBased
import Testing
import WIBCore
@testable import WIBReaders

/// The byte test that rules lines out before they are folded (`foldedMayStart`) against folding
/// itself: exactly folding's answer on ASCII text, and never `false` where folding says yes.
@Suite struct MatchingTextTests {
    /// What folding says: whether `text` folded, without `skipped` and the white space that then
    /// leads it, starts with `word`.
    private static func foldingSays(_ text: String, startsWith word: String, skipping skipped: String = "") -> Bool {
        let kept = text.folded.filter { !skipped.contains($0) }
        return kept.drop { $0.isWhitespace }.hasPrefix(word)
    }

    private static let words = ["posted", "tags:", "what's", "sign", "print"]

    @Test func asciiTextGetsFoldingsAnswer() async {
        let alphabet = Array(" \t\n,pPoOsStTeEdD`'ag:whnri.x")
        await propertyCheck(count: 3000, input: Gen.int(in: 0..<alphabet.count).array(of: 0...12), Gen.int(in: 0..<MatchingTextTests.words.count)) { picks, wordIndex in
            let text = String(picks.map { alphabet[$0] }), word = MatchingTextTests.words[wordIndex]
            #expect(text.foldedMayStart(with: word) == MatchingTextTests.foldingSays(text, startsWith: word), "\(text.debugDescription)")
            #expect(text.foldedMayStart(with: word, skipping: ",") == MatchingTextTests.foldingSays(text, startsWith: word, skipping: ","),
                    "\(text.debugDescription)")
        }
    }

    @Test func wordsWrittenAsPeopleWriteThemAreNeverRuledOutWhereFoldingFindsThem() async {
        // A word written as people (and editors) write it: any case, accents, curly quotes, Unicode
        // spaces and commas around it, sometimes one letter changed.
        let leads = ["", " ", "\u{00A0}", "\u{2003}", ",", "\t", "’", "é"]
        let extras = ["", "", "", "\u{0301}", ",", " ", "\u{00A0}"]
        let accented: [Character: String] = ["o": "ó", "e": "é", "a": "á", "s": "ś", "'": "`", "t": "ť", "p": "ṕ"]
        await propertyCheck(count: 4000, input: Gen.int(in: 0..<MatchingTextTests.words.count), Gen.int(in: 0..<leads.count),
                            Gen.int(in: 0..<4).array(of: 6...6), Gen.int(in: 0..<extras.count).array(of: 6...6), Gen.int(in: -1...5)) { wordIndex, lead, styles, between, changed in
            let word = MatchingTextTests.words[wordIndex]
            var text = leads[lead]
            for (offset, letter) in word.enumerated() {
                let style = styles[offset % styles.count]
                let written = offset == changed ? "x" : style == 1 ? letter.uppercased() : style == 2 ? accented[letter] ?? String(letter) : String(letter)
                text += written + (style == 3 ? extras[between[offset % between.count]] : "")
            }
            text += " Tue 11 Jul"
            let says = MatchingTextTests.foldingSays(text, startsWith: word), saysSkipping = MatchingTextTests.foldingSays(text, startsWith: word, skipping: ",")
            if says { #expect(text.foldedMayStart(with: word), "\(text.debugDescription)") }
            if saysSkipping { #expect(text.foldedMayStart(with: word, skipping: ","), "\(text.debugDescription)") }
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(text.foldedMayStart(with: word) == says, "\(text.debugDescription)")
                #expect(text.foldedMayStart(with: word, skipping: ",") == saysSkipping, "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("Posted Tue 11 Jul 2017", "posted", true), ("  POSTED on", "posted", true), ("\u{00A0}Posted", "posted", true),
        ("Pósted 1 Jan", "posted", true), ("P\u{0301}osted", "posted", true), ("Post", "posted", false), ("", "posted", false),
        ("Tomorrow morning (12 July), the Council", "posted", false), ("The Council", "tags:", false), ("Tags: a, b", "tags:", true),
        ("What`s In Blue", "what's", true), ("What’s In Blue", "what's", true), ("What s", "what's", false),
        ("Security Council Report", "sign", false), ("Sign up for What's In Blue emails", "sign", true), ("\r\nSign", "sign", true),
    ] as [(String, String, Bool)])
    func linesOfRealPosts(_ text: String, _ word: String, _ expected: Bool) {
        #expect(text.foldedMayStart(with: word) == expected)
    }

    @Test func commasSkippedAreLeftOutWhereverTheyAre() {
        #expect(", Posted Tue 11 Jul 2017".foldedMayStart(with: "posted", skipping: ","))
        #expect("Po,sted".foldedMayStart(with: "posted", skipping: ","))
        #expect(!"Po sted".foldedMayStart(with: "posted", skipping: ","))
        #expect(!", Po".foldedMayStart(with: "posted", skipping: ","))
        #expect(!",,,".foldedMayStart(with: "posted", skipping: ","))
    }

    @Test func surroundingWhitespaceIsLeftOutWithoutCopyingTheLine() {
        #expect(" \u{00A0}Tomorrow’s Meeting\t ".withoutSurroundingWhitespace == "Tomorrow’s Meeting")
        #expect(" \u{00A0} ".withoutSurroundingWhitespace.isEmpty)
        #expect("".trimmedWhitespace.isEmpty)
    }
}
