import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBMarkdown
import WIBTestSupport
import Yams

@Suite struct PackExporterTests {
    private func examples() throws -> [Post] {
        try TestPaths.posts(in: TestPaths.examplePosts).map { StandardAnnotators.annotate(try TestPaths.read($0)) }
    }

    /// The pack's body blocks, read back through cmark-gfm.
    private func reread(_ pack: String) throws -> [Block] {
        CommonMarkParser().parse(try MarkdownExporterTests.split(pack).body)
    }

    private func headings(_ blocks: [Block], level: Int) -> [String] {
        blocks.compactMap { block in
            guard case .heading(let heading) = block, heading.level == level else { return nil }
            return block.plainText
        }
    }

    private func tables(_ blocks: [Block]) -> [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func theOrderOfTheInputsDoesNotChangeABit() throws {
        let posts = try examples()
        let pack = try PackExporter(title: "Week").export(posts)
        #expect(try PackExporter(title: "Week").export(posts.reversed()) == pack)
        #expect(try PackExporter(title: "Week").export(posts.shuffled()) == pack)
    }

    @Test func sectionsThenPostsInMeetingDateOrderWithTheirHeadingsMovedDown() throws {
        let blocks = try reread(try PackExporter(title: "Week").export(try examples()))
        #expect(headings(blocks, level: 1) == ["Week"])
        #expect(headings(blocks, level: 2) == ["Contents", "Meetings", "Timeline", "The Council at work", "Indexes", "Cross-references", "Posts"])
        #expect(headings(blocks, level: 3) == ["Deadlines and expiries", "Resolutions", "Documents", "Member states", "People",
            "Update: Libya: Consultations on the “Electoral Roadmap”", "Arria-formula Meeting on Cyber Threats to Critical Infrastructure",
            "Haiti: BINUH Mandate Renewal", "Sudan: Open Briefing", "Myanmar: Briefing and Consultations",
            "Adoption of the Annual Report of the Security Council", "Insights on Syria"])
        #expect(headings(blocks, level: 4).contains("Background"), "a post's own sections sit under its heading")
    }

    @Test func frontMatterListsTheFilterAndThePosts() throws {
        let pack = try PackExporter(title: "Week", filter: "since 2025-01-01").export(try examples())
        let front = try #require(try Yams.load(yaml: MarkdownExporterTests.split(pack).yaml) as? [String: Any])
        #expect(front["title"] as? String == "Week")
        #expect(front["filter"] as? String == "since 2025-01-01")
        #expect((front["posts"] as? [[String: Any]])?.count == 7)
        #expect(pack.contains("*7 posts, 7 meetings; from 3 Nov 2022 to 20 Feb 2026. Filter: since 2025-01-01.*"))
    }

    @Test func tableCellsAndTitlesKeepTheirTextThroughCmark() throws {
        var post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        post.metadata.title = "A | B *not emphasis* [x](y)"
        post.metadata.topic = "Topic | with pipe"
        post.meeting.briefers = [Briefer(name: "Name_with_underscores", title: nil, organization: "Org | Inc")]
        let blocks = try reread(try PackExporter().export([post]))
        let table = try #require(tables(blocks).first)
        #expect(table.header.map(\.content.plainText) == ["Date", "Format", "Topic", "Agenda item", "Requested by", "Briefers", "Outcome"])
        #expect(table.rows.first?.map(\.content.plainText) == ["Thu 13 Mar 2025, morning", "open briefing", "Topic | with pipe",
                                                              "Reports of the Secretary-General on the Sudan and South Sudan", "the UK",
                                                              "Name_with_underscores, Org | Inc", ""])
        #expect(headings(blocks, level: 3).contains("A | B *not emphasis* [x](y)"))
    }

    @Test func votesAndAdoptionsShowTheirOutcome() throws {
        let blocks = try reread(try PackExporter().export(try examples()))
        let rows = try #require(tables(blocks).first).rows.map { $0.map(\.content.plainText) }
        #expect(rows.first { $0[2] == "Haiti" }?[6] == "vote expected")
        #expect(rows.first { $0[1] == "adoption" }?[6] == "adoption expected", "no “adoption expected (adoption)”")
    }

    @Test func repeatedTitlesGetDistinctAnchors() throws {
        let post = try TestPaths.example("2025-03-12-sudan")
        var other = post
        other.metadata.posted = CalendarDate(iso: "2025-04-01")
        other.meeting.date = CalendarDate(iso: "2025-04-02")
        let pack = try PackExporter().export([post, other])
        #expect(pack.contains("(#sudan-open-briefing)"))
        // GitHub counts every heading: the first post's own "Background" and "Key Issues and
        // Options" come before the second post's title, which is the title's first repeat.
        #expect(pack.contains("(#sudan-open-briefing-1)"))
    }

    @Test func withoutThePostsTheIndexesNameThemWithoutLinks() throws {
        let pack = try PackExporter(includesPosts: false).export(try examples())
        let blocks = try reread(pack)
        #expect(!headings(blocks, level: 2).contains("Posts"))
        #expect(!pack.contains("(#haiti-binuh-mandate-renewal)"))
        #expect(pack.contains("| Haiti |"))
    }

    @Test func anEmptyPackSaysSo() throws {
        let blocks = try reread(try PackExporter(title: "Nothing").export([]))
        #expect(blocks.map(\.plainText).contains("No posts."))
        #expect(blocks.map(\.plainText).contains("The posts tell of no dated events."))
        #expect(blocks.map(\.plainText).contains("The posts give no deadlines."))
    }

    @Test func theHTMLPackIsAStandalonePageWithAnchorsAndNoScript() throws {
        let page = try PackExporter(title: "Week <b>", format: .html).export(try examples())
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Week &lt;b&gt;</title>"))
        #expect(page.contains("<h1 id=\"week-b\">\nWeek &lt;b&gt;\n</h1>"))
        #expect(page.contains("<h3 id=\"haiti-binuh-mandate-renewal\">\nHaiti: BINUH Mandate Renewal\n</h3>"))
        #expect(page.contains("<a href=\"#haiti-binuh-mandate-renewal\">Haiti</a>"))
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("<table>"))
    }

    /// The shared corpus's two posts: the pack that the issue's "done when" describes.
    @Test(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"))
    func theCorpusPack() throws {
        let posts = try TestPaths.posts(in: TestPaths.corpus).map { StandardAnnotators.annotate(try TestPaths.read($0)) }
        let pack = try PackExporter(title: "DPRK and Russia").export(posts)
        #expect(try PackExporter(title: "DPRK and Russia").export(posts.reversed() + (try examples())) == (try PackExporter(title: "DPRK and Russia").export((try examples()) + posts)),
                "the same bytes in any order, two-meeting posts too")
        let blocks = try reread(pack)

        let meetings = try #require(tables(blocks).first).rows.map { $0.map(\.content.plainText) }
        #expect(meetings.map { $0[0] } == ["Fri 28 Jun 2024, morning", "Wed 30 Oct 2024, afternoon", "Thu 31 Oct 2024, morning"])
        #expect(meetings[0][3] == "Non-proliferation/DPRK" && meetings[0][4] == "France, Japan, the ROK, the UK and the US")
        #expect(meetings[2][3] == "Threats to international peace and security" && meetings[2][4] == "Russia", "the Ukraine post's second meeting")

        guard case .list(let timeline)? = blocks.first(where: { if case .list(let l) = $0 { l.items.first?.blocks.first?.plainText.hasPrefix("2000-02") == true } else { false } }) else {
            Issue.record("no timeline list")
            return
        }
        let entries = timeline.items.map { $0.blocks.map(\.plainText).joined() }
        let dates = entries.map { String($0.prefix { $0 != " " }) }
        #expect(dates == dates.sorted(), "in date order")
        let signing = entries.filter { $0.hasPrefix("2024-06-19 ") }
        #expect(signing.count == 1, "the treaty signing is one entry")
        #expect(signing.first?.hasSuffix("— DPRK (North Korea): Open Briefing; Ukraine Briefing") == true, "\(signing)")
        #expect(entries.filter { $0.contains("NATO Secretary-General Mark Rutte announced") }.map { String($0.prefix(10)) } == ["2024-10-28"],
                "dated by its own day, not the “early August” of its relative clause")
        #expect(!entries.contains { $0.hasPrefix("2025-04-30") }, "a vetoed draft's term is no event")

        let resolutions = try #require(tables(blocks).first { $0.header.first?.content.plainText == "Resolution" })
        #expect(resolutions.rows.map { $0[0].content } == ["1718(2006)", "1874(2009)", "2270(2016)"].map { symbol in
            [.link(Link(destination: "https://undocs.org/S/RES/\(symbol)", content: [.text("S/RES/\(symbol)")]))]
        })
        #expect(resolutions.rows.allSatisfy { $0[1].content.plainText == "1718 DPRK sanctions" })

        #expect(pack.contains("see [our 27 June What’s in Blue story](#dprk-north-korea-open-briefing)"), "the October post links to the June post")
        #expect(pack.contains("cites “our 22 March What’s in Blue story”: not in this pack"))
        #expect(pack.contains("``` mermaid\ntimeline\n"))
        #expect(pack.contains("    2024-06-19 : The meeting request followed a summit on 19 June between Russian…\n"))
        #expect(pack.contains("\n### Deadlines and expiries\n\n  - **2025-04-30** On 28 March, Russia vetoed a draft resolution that would have extended the Panel’s mandate"))
    }

    @Test func aStateInsideAnOfficialsTitleHasNoRoleAndCommentersAreNoVoters() throws {
        let text = "Tomorrow (12 July), the Council will hold its monthly briefing on Yemen. Special Envoy for Yemen Omar Haddad is expected to brief. Several members, including Estonia and Mexico, have linked the March veto to the arms trade."
        let post = StandardAnnotators.annotate(Post(metadata: PostMetadata(title: "Yemen Briefing", posted: CalendarDate(iso: "2023-07-11")),
                                                    body: [.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: 3)))]))
        #expect(post.meeting.briefers.map(\.name) == ["Omar Haddad"])
        let pack = try PackExporter(title: "Yemen").export([post])
        let states = pack.split(separator: "\n").filter { $0.hasPrefix("| Yemen |") || $0.hasPrefix("| Estonia |") || $0.hasPrefix("| Mexico |") }
        #expect(states.count == 3)
        #expect(states.allSatisfy { $0.contains("(mentioned)") && !$0.contains("briefer") && !$0.contains("voter") }, "\(states)")
    }
}
