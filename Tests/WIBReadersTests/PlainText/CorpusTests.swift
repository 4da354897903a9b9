import Testing
import WIBCore
import WIBTestSupport

/// The real posts in ../shared/corpus give the values the issue names.
@Suite(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"))
struct CorpusTests {
    func corpusPost(_ name: String) throws -> Post {
        try TestPaths.read(try #require(TestPaths.corpus).appendingPathComponent(name))
    }

    @Test func juneDPRKOpenBriefing() throws {
        let post = try corpusPost("2024-06-27-dprk-open-briefing.txt")
        #expect(post.metadata.title == "DPRK (North Korea): Open Briefing")
        #expect(post.metadata.topic == "DPRK (North Korea)")
        #expect(post.metadata.posted?.description == "2024-06-27")
        #expect(post.withMeetings.meeting.date?.description == "2024-06-28")
        #expect(post.withMeetings.meeting.timeOfDay == .morning)
        #expect(post.withMeetings.meeting.format == "open briefing")
        #expect(post.withMeetings.meeting.agendaItem == "Non-proliferation/DPRK")
        #expect(post.body.contains { if case .heading = $0 { $0.plainText == "Tomorrow’s Meeting" } else { false } })
        #expect(post.diagnostics.isEmpty)
    }

    @Test func octoberUkraineBriefing() throws {
        let post = try corpusPost("2024-10-30-ukraine-briefing.txt")
        #expect(post.metadata.title == "Ukraine Briefing")
        #expect(post.metadata.topic == "Ukraine")
        #expect(post.withMeetings.meeting.date?.description == "2024-10-30")
        #expect(post.withMeetings.meeting.timeOfDay == .afternoon)
        #expect(post.withMeetings.meeting.format == "briefing")
        #expect(post.withMeetings.meeting.agendaItem == "Maintenance of peace and security of Ukraine")
        #expect(post.metadata.chrome.map(\.role) == [.series, .posted, .control, .control, .title, .footer, .footer])
    }
}
