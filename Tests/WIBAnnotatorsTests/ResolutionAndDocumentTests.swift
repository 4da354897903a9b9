import Testing
import WIBAnnotators
import WIBCore

@Suite struct ResolutionAndDocumentTests {
    @Test func resolutionsTakeTheirYearFromTheTextOrTheTable() {
        let post = annotated("Resolution 2231 (2015) and resolutions 2397, 2270 and 1874 apply; resolution 1718 of 14 October 2006 too.")
        #expect(mentions(post, .resolution) == ["S/RES/2231(2015) «Resolution 2231 (2015)»", "S/RES/2397(2017) «resolutions 2397»",
                                                "S/RES/2270(2016) «2270»", "S/RES/1874(2009) «1874»",
                                                "S/RES/1718(2006) «resolution 1718 of 14 October 2006»"])
        #expect(post.entities.first { $0.entity.id == "S/RES/1718(2006)" }?.entity.attributes[.adoptionDate] == CalendarDate(iso: "2006-10-14"))
        #expect(post.entities.first?.entity.attributes[.url] == "https://undocs.org/S/RES/2231(2015)")
        #expect(post.diagnostics.isEmpty)
    }

    @Test func aParagraphMayEndWithAResolution() {
        // Reading on after the number from the end of the text once crashed.
        #expect(mentions(annotated("The Council adopted resolution 1718"), .resolution) == ["S/RES/1718(2006) «resolution 1718»"])
    }

    @Test func aYearThatContradictsTheNumberIsAWarningAndTheTextWins() {
        let post = annotated("As resolution 2270 (2017) provides, members will report.")
        #expect(mentions(post, .resolution) == ["S/RES/2270(2017) «resolution 2270 (2017)»"])
        #expect(post.diagnostics.map(\.description) == ["t.txt:3: warning: resolution 2270 is from 2016 by its number, but the text says 2017; the text's year is used"])
    }

    @Test func oldResolutionsWithoutAYearKeepNone() {
        let post = annotated("Resolution 242 remains the basis of the talks, as does resolution 338 (1973).")
        #expect(mentions(post, .resolution) == ["S/RES/242 «Resolution 242»", "S/RES/338(1973) «resolution 338 (1973)»"])
        #expect(post.diagnostics.count == 1)
        #expect(ResolutionYears.year(of: 1284) == nil)
        #expect(ResolutionYears.year(of: 1285) == 2000)
        #expect(ResolutionYears.year(of: 2721) == 2023)
        #expect(ResolutionYears.year(of: 2722) == 2024)
        #expect(ResolutionYears.year(of: 2800, postedIn: 2025) == 2025)
        #expect(ResolutionYears.year(of: 2800, postedIn: 2026) == nil)
    }

    @Test func numbersThatAreNotResolutionsAreLeftAlone() {
        let post = annotated("The draft resolution would deploy 2500 troops; the 1718 Committee met; members of resolution-drafting groups met on 3 May.")
        #expect(mentions(post, .resolution).isEmpty)
    }

    @Test func documentSymbolsOfEveryShape() {
        let post = annotated("See S/2024/255, S/PRST/2011/4, S/RES/2270 (2016), S/PV.9999, A/78/842–S/2024/384, A/RES/77/1 and S/2023/1/Add.1; not 24/7 or and/or.")
        #expect(post.distinctEntityIDs(of: .document) == ["S/2024/255", "S/PRST/2011/4", "S/RES/2270(2016)", "S/PV.9999", "A/78/842",
                                                           "S/2024/384", "A/RES/77/1", "S/2023/1/Add.1"])
        #expect(post.entities.first?.entity.attributes[.url] == "https://undocs.org/S/2024/255")
    }
}
