import Testing
import WIBCore

@Suite struct TextFoldingTests {
    @Test func foldsCaseDiacriticsQuotesAndSpaces() {
        #expect("  Miroslav JENČA’s\u{00A0} “Report”\n".folded == "miroslav jenca's \"report\"")
        #expect("Côte d’Ivoire".folded == "cote d'ivoire")
        #expect("Sign up for What’s In Blue emails".folded == "sign up for what's in blue emails")
        #expect("".folded == "")
    }

    /// ASCII text takes a byte-by-byte path; text with any other character the Unicode one. Each
    /// sample with a non-ASCII letter after it must fold the same way by both.
    @Test(arguments: [
        "The Security Council will hold an OPEN briefing\r\non  Tuesday (7 May).",
        "\t\u{0B}\u{0C} leading and trailing \r\n", "`Quoted` in back-ticks", "", "   ",
        "Tabs\tand\u{1C}file separators\u{1F}stay", "S/2025/123 and A/79/L.5", "ALL CAPS: DPRK, UK, US",
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
    ])
    func asciiTextFoldsAsTheUnicodePathDoes(sample: String) {
        let viaUnicode = (sample + " é").folded
        let expected = sample.folded.isEmpty ? "e" : sample.folded + " e"
        #expect(viaUnicode == expected)
    }

    @Test func withoutDiacriticsKeepsTheCase() {
        #expect("Jenča".withoutDiacritics == "Jenca")
        #expect("Joaquín Ruiz-Albéniz".withoutDiacritics == "Joaquin Ruiz-Albeniz")
        #expect("Plain ASCII".withoutDiacritics == "Plain ASCII")
    }
}
