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

    @Test func theOrderOfTheInputsDoesNotChangeABit() throws {
        let posts = try examples()
        let pack = try PackExporter(title: "Week").export(posts)
        #expect(try PackExporter(title: "Week").export(posts.reversed()) == pack)
        #expect(try PackExporter(title: "Week").export(posts.shuffled()) == pack)
    }

    @Test func sectionsComeInMeetingDateOrderWithTheirHeadingsOneLevelDown() throws {
        let (yaml, body) = try MarkdownExporterTests.split(try PackExporter(title: "Week").export(try examples()))
        let blocks = CommonMarkParser().parse(body)
        let titles = blocks.compactMap { block -> String? in
            guard case .heading(let heading) = block, heading.level == 2 else { return nil }
            return block.plainText
        }
        #expect(titles.prefix(2) == ["Meetings", "Contents"])
        #expect(Array(titles.dropFirst(2)) == [
            "Update: Libya: Consultations on the “Electoral Roadmap”", "Arria-formula Meeting on Cyber Threats to Critical Infrastructure", "Haiti: BINUH Mandate Renewal",
            "Sudan: Open Briefing", "Myanmar: Briefing and Consultations", "Adoption of the Annual Report of the Security Council", "Insights on Syria",
        ])
        #expect(!blocks.contains { if case .heading(let h) = $0 { h.level == 1 && $0.plainText != "Week" } else { false } }, "post headings moved down")
        let front = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(front["title"] as? String == "Week")
        #expect((front["posts"] as? [[String: Any]])?.count == 7)
    }

    @Test func tableCellsAndTitlesKeepTheirTextThroughCmark() throws {
        var post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        post.metadata.title = "A | B *not emphasis* [x](y)"
        post.metadata.topic = "Topic | with pipe"
        post.meeting.briefers = [Briefer(name: "Name_with_underscores", title: nil, organization: "Org | Inc")]
        let (_, body) = try MarkdownExporterTests.split(try PackExporter().export([post]))
        let blocks = CommonMarkParser().parse(body)
        guard case .table(let table)? = blocks.first(where: { if case .table = $0 { true } else { false } }) else {
            Issue.record("no table")
            return
        }
        #expect(table.header.map(\.content.plainText) == ["Date", "Meeting", "Topic", "Requested by", "Briefers"])
        #expect(table.rows.first?.map(\.content.plainText) == ["2025-03-13, morning", "open briefing", "Topic | with pipe", "GBR", "Name_with_underscores, Org | Inc"])
        #expect(blocks.contains { $0.plainText == "A | B *not emphasis* [x](y)" })
    }

    @Test func repeatedTitlesGetDistinctAnchors() throws {
        let post = try TestPaths.example("2025-03-12-sudan")
        var other = post
        other.metadata.posted = CalendarDate(iso: "2025-04-01")
        other.meeting.date = CalendarDate(iso: "2025-04-02")
        let pack = try PackExporter().export([post, other])
        #expect(pack.contains("(#sudan-open-briefing)"))
        #expect(pack.contains("(#sudan-open-briefing-1)"))
    }

    @Test func anEmptyPackSaysSo() throws {
        let (_, body) = try MarkdownExporterTests.split(try PackExporter(title: "Nothing").export([]))
        #expect(body == "# Nothing\n\n*0 posts*\n")
    }
}
