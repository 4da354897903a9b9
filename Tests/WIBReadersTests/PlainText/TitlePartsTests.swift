import Testing
@testable import WIBReaders

@Suite struct TitlePartsTests {
    @Test(arguments: [
        ("DPRK (North Korea): Open Briefing", "DPRK (North Korea)", "Open Briefing", false),
        ("Ukraine Briefing", "Ukraine", "Briefing", false),
        ("Haiti: BINUH Mandate Renewal*", "Haiti", "BINUH Mandate Renewal", true),
        ("Update: Mali Consultations", "Mali", "Consultations", true),
        ("Insights on Syria", "Syria", "Insights", false),
        ("Open Debate on Children and Armed Conflict", "Children and Armed Conflict", "Open Debate", false),
        ("Adoption of the Annual Report of the Security Council", "Annual Report of the Security Council", "Adoption", false),
        ("Security Council to Conduct First Straw Poll", nil, nil, false),
    ] as [(String, String?, String?, Bool)])
    func splitsTitles(_ line: String, _ topic: String?, _ kind: String?, _ updated: Bool) {
        let parts = TitleParts(line)
        #expect(parts.topic == topic)
        #expect(parts.kind == kind)
        #expect(parts.updated == updated)
        #expect(!parts.title.hasSuffix("*"))
    }
}
