import Testing
import WIBAnnotators
import WIBCore

@Suite struct OutcomeQuoteAndReferenceTests {
    @Test func votesCarryTheStatesTheirSentenceNames() {
        let post = annotated("On 28 March, Russia vetoed the draft. The others—apart from China, which abstained—voted in favour. It was adopted by 13-0-2.")
        let votes = post.entities.filter { $0.entity.kind == .vote }
        #expect(votes.map(\.entity.id) == ["veto", "abstention", "in-favour", "adoption", "vote-count"])
        #expect(votes.map { $0.entity.attributes[.states] } == [["RUS"], ["CHN"], nil, nil, nil])
    }

    @Test func draftsInBlueAndSilence() {
        let post = annotated("The draft was put in blue after the US broke silence; a new text is under silence. What’s In Blue reported it.")
        #expect(post.entities.filter { $0.entity.kind == .vote }.map(\.entity.id) == ["in-blue", "silence-broken", "silence"])
    }

    @Test func quotationsWithTheirSpeakers() {
        let post = annotated("Rutte described the deployment as a “significant escalation”. He added that it was “dangerous”, and “fair targets” was Kirby’s phrase.")
        guard case .paragraph(let paragraph) = post.body.first else { Issue.record("no paragraph"); return }
        let quotes = paragraph.content.compactMap { inline -> Quotation? in if case .quotation(let q) = inline { q } else { nil } }
        #expect(quotes.map(\.content.plainText) == ["“significant escalation”", "“dangerous”", "“fair targets”"])
        #expect(quotes.map(\.speaker) == ["Rutte", nil, nil])
    }

    @Test func entitiesInsideQuotesAreMarked() {
        let post = annotated("They said that “Russia and the DPRK must comply”.")
        #expect(post.distinctEntityIDs(of: .memberState) == ["RUS", "PRK"])
    }

    @Test func crossReferencesToStoriesAndForecasts() {
        let post = annotated("(See our 27 June What’s in\u{00A0}Blue story and the brief in our May 2024 Monthly Forecast.)", posted: "2024-10-30")
        #expect(mentions(post, .crossReference) == ["whats-in-blue/2024-06-27 «our 27 June What’s in\u{00A0}Blue story»",
                                                    "monthly-forecast/2024-05 «our May 2024 Monthly Forecast»"])
    }
}
