import Testing
import WIBCore

@Suite struct TextFoldingTests {
    @Test func foldsCaseDiacriticsQuotesAndSpaces() {
        #expect("  Miroslav JENČA’s\u{00A0} “Report”\n".folded == "miroslav jenca's \"report\"")
        #expect("Côte d’Ivoire".folded == "cote d'ivoire")
        #expect("Sign up for What’s In Blue emails".folded == "sign up for what's in blue emails")
        #expect("".folded == "")
    }

    @Test func withoutDiacriticsKeepsTheCase() {
        #expect("Jenča".withoutDiacritics == "Jenca")
        #expect("Joaquín Ruiz-Albéniz".withoutDiacritics == "Joaquin Ruiz-Albeniz")
        #expect("Plain ASCII".withoutDiacritics == "Plain ASCII")
    }
}
