import Testing
import WIBCore
@testable import WIBExporters
import WIBMarkdown
import WIBTestSupport

/// The meetings table: a row per meeting, days in words with their weekday, states as the posts
/// name them, outcomes said once, the post's address beside its section.
@Suite struct PackMeetingTableTests {
    /// The meetings table of a pack of `posts`, read back through cmark-gfm: its rows, as text.
    private func rows(_ posts: [Post]) throws -> [[String]] {
        let pack = try PackExporter(title: "Week").export(posts)
        let blocks = CommonMarkParser().parse(try MarkdownExporterTests.split(pack).body)
        let table = try #require(blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        #expect(table.header.map(\.content.plainText) == ["Date", "Format", "Topic", "Agenda item", "Requested by", "Briefers", "Outcome"])
        return table.rows.map { $0.map(\.content.plainText) }
    }

    private func ukraine() throws -> Post {
        try PackFixtures.post("Ukraine Briefing", posted: "2024-10-30",
            "This afternoon (30 October), the Security Council will convene for a briefing on Ukraine. The meeting was requested by Ukraine. Assistant Secretary-General Nadia Petrova is expected to brief.",
            "On Monday morning (4 November), the Security Council will hold a briefing on Ukraine under the “Threats to international peace and security” agenda item. Russia requested the meeting. Deputy High Representative Samuel Osei is expected to brief.")
    }

    @Test func eachMeetingIsARowInDateOrderAcrossThePosts() throws {
        let other = try PackFixtures.post("Haiti: Consultations", posted: "2024-10-31",
            "Tomorrow morning (1 November), Council members will hold closed consultations on Haiti. Ecuador requested the meeting.")
        let rows = try rows([other, try ukraine()])
        #expect(rows.map { [$0[0], $0[2], $0[4]] } == [
            ["Wed 30 Oct 2024, afternoon", "Ukraine", "Ukraine"],
            ["Fri 1 Nov 2024, morning", "Haiti", "Ecuador"],
            ["Mon 4 Nov 2024, morning", "Ukraine", "Russia"],
        ])
        #expect(rows[2][3] == "Threats to international peace and security")
        #expect(rows[2][5] == "Samuel Osei, Deputy High Representative")
    }

    /// Under each post's heading in the pack, its days as the table shows them, and every meeting.
    @Test func aPostsLineInThePackGivesEveryMeetingWithItsWeekday() {
        let post = Post(metadata: PostMetadata(title: "Ukraine Briefing", posted: CalendarDate(year: 2024, month: 10, day: 30)), meetings: [
            Meeting(date: CalendarDate(year: 2024, month: 10, day: 30), timeOfDay: .afternoon, format: "briefing", agendaItem: "Maintenance of peace and security of Ukraine"),
            Meeting(date: CalendarDate(year: 2024, month: 10, day: 31), timeOfDay: .morning, format: "briefing"),
        ])
        #expect(PackDocument.summary(of: post) == "Posted Wed 30 Oct 2024 · Meeting Wed 30 Oct 2024, afternoon · briefing · "
            + "Maintenance of peace and security of Ukraine · Meeting Thu 31 Oct 2024, morning · briefing")
        #expect(PackDocument.summary(of: Post(metadata: PostMetadata(title: "Undated"))) == nil)
    }

    @Test func statesAreNamedAsThePostsNameThem() throws {
        let post = try PackFixtures.post("DPRK: Open Briefing", posted: "2024-06-27",
            "Tomorrow morning (28 June), the Security Council will hold an open briefing on the DPRK. France, Japan, the Republic of Korea (ROK), the UK and the US requested the meeting.",
            "The ROK and the US have raised concerns about arms transfers, and the UK has echoed them.")
        #expect(try rows([post]).first?[4] == "France, Japan, the ROK, the UK and the US")
    }

    @Test func theOutcomeSaysEachThingOnce() throws {
        let vote = try PackFixtures.post("Haiti: Vote on BINUH Renewal", posted: "2025-07-01",
            "Tomorrow morning (2 July), the Security Council is scheduled to vote on a draft resolution renewing the mandate of BINUH. Members are expected to adopt the draft unanimously, although China and Russia abstained on the last renewal.")
        let report = try PackFixtures.post("Adoption of the Annual Report", posted: "2025-08-20",
            "This afternoon (20 August), the Security Council is expected to adopt its annual report to the General Assembly.")
        let outcomes = try rows([vote, report]).map { $0[6] }
        #expect(outcomes == ["vote expected (unanimous; abstentions: China, Russia)", "adoption expected"])
    }

    @Test func aPostsAddressIsLinkedBesideItsSection() throws {
        var post = try ukraine()
        post.metadata.url = "https://www.securitycouncilreport.org/whatsinblue/2024/10/ukraine-briefing-28.php"
        let pack = try PackExporter().export([post])
        #expect(pack.contains("| [Ukraine](#ukraine-briefing) ([source](https://www.securitycouncilreport.org/whatsinblue/2024/10/ukraine-briefing-28.php)) |"))
        #expect(!(try PackExporter().export([try ukraine()])).contains("[source]"), "no address, no link")
    }

    @Test func aPostThatPreviewsNoMeetingKeepsARowDatedByItsPosting() throws {
        let insights = try PackFixtures.post("Insights on Libya", posted: "2026-02-19",
            "Last week, the Council held its regular briefing on Libya. Members discussed the electoral roadmap.")
        #expect(insights.meetings.isEmpty, "the premise: it previews none")
        #expect(try rows([insights]) == [["posted Thu 19 Feb 2026", "no meeting previewed", "Libya", "", "", "", ""]])
        #expect(PackMeetingTable.rows(of: [insights]) == [PackMeetingTable.Row(post: 0, meeting: nil)])
    }

    @Test func theFrontMatterKeepsEveryMeetingsISODate() throws {
        let pack = try PackExporter().export([try ukraine()])
        #expect(pack.contains("  meeting: '2024-10-30'\n  meetings:\n  - '2024-10-30'\n  - '2024-11-04'\n"))
    }

    @Test(arguments: [("2024-06-28", "Fri 28 Jun 2024"), ("2025-01-02", "Thu 2 Jan 2025"), ("2024-02-29", "Thu 29 Feb 2024")])
    func daysAreWrittenWithTheirWeekday(_ iso: String, _ shown: String) throws {
        #expect(PackDateText.weekdayAndDay(try #require(CalendarDate(iso: iso))) == shown)
    }
}
