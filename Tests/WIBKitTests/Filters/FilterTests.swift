import Testing
import WIBKit

@Suite struct FilterTests {
    @Test func agendaMatchesPartOfTheAgendaItemOrTopic() throws {
        let sudan = try TestPosts.sudan()
        #expect(Filter(agenda: "sudan and south sudan").matches(sudan))
        #expect(Filter(agenda: "SUDAN").matches(sudan), "the topic, case ignored")
        #expect(!Filter(agenda: "Haiti").matches(sudan))
    }

    @Test func countryRoles() throws {
        let sudan = try TestPosts.sudan()
        #expect(sudan.meeting.requestedBy == ["GBR"])
        #expect(Filter(country: "GBR").matches(sudan))
        #expect(Filter(country: "GBR", countryRole: .requester).matches(sudan))
        #expect(!Filter(country: "GBR", countryRole: .briefer).matches(sudan))
        #expect(!Filter(country: "UKR").matches(sudan))
        var briefedBy = sudan
        briefedBy.meeting.briefers = [Briefer(name: "A. Person", title: "Permanent Representative of the United Kingdom", organization: nil)]
        #expect(Filter(country: "GBR", countryRole: .briefer).matches(briefedBy))
    }

    @Test func datesAreTheMeetingsThenThePostedDate() throws {
        let haiti = try TestPosts.haiti()
        #expect(haiti.meeting.date == CalendarDate(iso: "2025-01-02"))
        #expect(Filter(since: CalendarDate(iso: "2025-01-01")).matches(haiti), "posted in 2024, meeting in 2025")
        #expect(!Filter(until: CalendarDate(iso: "2024-12-31")).matches(haiti))
        var undated = haiti
        undated.meeting.date = nil
        #expect(Filter(until: CalendarDate(iso: "2024-12-31")).matches(undated))
        undated.metadata.posted = nil
        #expect(!Filter(since: CalendarDate(iso: "2000-01-01")).matches(undated), "no date fails a date criterion")
    }

    @Test func formatAndTextIgnoreCaseAndDiacritics() throws {
        let sudan = try TestPosts.sudan()
        #expect(Filter(format: "Open Briefing").matches(sudan))
        #expect(!Filter(format: "briefing").matches(sudan), "the format is the post's phrase, whole")
        #expect(Filter(text: "EL FÀSHER").matches(sudan))
        #expect(Filter(text: "open briefing").matches(sudan), "the title counts")
        #expect(!Filter(text: "Hodeidah").matches(sudan))
    }

    @Test func aFilterWithNoCriteriaKeepsEverything() async throws {
        let posts = try TestPosts.all()
        #expect(try await Filter().transform(Corpus(posts: posts), in: TransformContext()).posts == posts)
    }
}
