import Testing
import WIBAnnotators
import WIBCore

@Suite struct StateAndGroupTests {
    @Test func everyMemberAndObserverHasOneCode() {
        let codes = MemberStates.all.map(\.code)
        #expect(codes.count == 195)
        #expect(Set(codes).count == 195)
        #expect(Set(MemberStates.all.flatMap(\.names)).count == MemberStates.all.flatMap(\.names).count, "no name names two states")
    }

    @Test func longestNameWinsAndAbbreviationsJoinTheirName() {
        let post = annotated("The Democratic People’s Republic of Korea (DPRK), the Republic of Korea (ROK), South Sudan, Sudan, Guinea-Bissau, Equatorial Guinea and Niger met Nigeria.")
        #expect(mentions(post, .memberState) == ["PRK «Democratic People’s Republic of Korea (DPRK)»", "KOR «Republic of Korea (ROK)»",
                                                  "SSD «South Sudan»", "SDN «Sudan»", "GNB «Guinea-Bissau»", "GNQ «Equatorial Guinea»",
                                                  "NER «Niger»", "NGA «Nigeria»"])
    }

    @Test func scrFormsCountButDemonymsAndLowerCaseDoNot() {
        let post = annotated("The UK, the US, Russia, Türkiye and Côte d’Ivoire spoke; a UK-based NGO, Russian officials and the Soviet Union did not; us neither.")
        #expect(post.distinctEntityIDs(of: .memberState) == ["GBR", "USA", "RUS", "TUR", "CIV"])
        #expect(mentions(post, .memberState).filter { $0.hasPrefix("GBR") }.count == 2)
    }

    @Test func groupsAreGroupsNotStates() {
        let post = annotated("The A3+, the E10, the P5, the EU, the African Union, NATO and BRICS agreed.")
        #expect(post.distinctEntityIDs(of: .group) == ["A3+", "E10", "P5", "EU", "AU", "NATO", "BRICS"])
        #expect(post.distinctEntityIDs(of: .memberState).isEmpty)
    }
}
