import Foundation
import Testing
import WIBCore
import WIBExporters
import WIBMarkdown
import WIBReaders
import WIBTestSupport
import Yams

@Suite struct MarkdownExporterTests {
    /// Splits our Markdown into its front matter and its body.
    static func split(_ markdown: String) throws -> (yaml: String, body: String) {
        let parts = markdown.components(separatedBy: "\n---\n\n")
        try #require(markdown.hasPrefix("---\n") && parts.count >= 2)
        return (String(parts[0].dropFirst(4)), parts.dropFirst().joined(separator: "\n---\n\n"))
    }

    @Test(arguments: TestPaths.allPosts)
    func everyParagraphIsInTheTextOfTheMarkdownVerbatim(_ url: URL) throws {
        let post = try TestPaths.read(url)
        let (_, body) = try MarkdownExporterTests.split(try MarkdownExporter().export(post))
        let reread = CommonMarkParser().parse(body)
        let text = reread.map(\.plainText).joined(separator: "\n\n")
        for block in post.body {
            #expect(text.contains(block.plainText), "\(url.lastPathComponent): block at line \(block.range)")
        }
        #expect(reread.first?.plainText == post.metadata.title)
    }

    @Test func frontMatterIsYAMLWithTheMetadata() throws {
        let post = try TestPaths.example("2024-12-30-haiti")
        let (yaml, _) = try MarkdownExporterTests.split(try MarkdownExporter().export(post))
        let fields = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(fields["title"] as? String == "Haiti: BINUH Mandate Renewal")
        #expect(fields["posted"] as? String == "2024-12-30")
        #expect(fields["updated"] as? Bool == true)
        let meeting = try #require(fields["meeting"] as? [String: Any])
        #expect(meeting["date"] as? String == "2025-01-02")
        #expect(meeting["format"] as? String == "vote")
        #expect(yaml.hasPrefix("title:"), "keys in a fixed order")
    }

    @Test func frontMatterListsTheMeetingsWhenThereIsMoreThanOne() throws {
        var post = try TestPaths.example("2024-12-30-haiti")
        #expect(try MarkdownExporterTests.split(try MarkdownExporter().export(post)).yaml.contains("meetings:") == false,
                "one meeting is given as meeting alone")
        post.meetings.append(Meeting(date: CalendarDate(iso: "2025-01-03"), timeOfDay: .afternoon, format: "consultations"))
        let (yaml, _) = try MarkdownExporterTests.split(try MarkdownExporter().export(post))
        let fields = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect((fields["meeting"] as? [String: Any])?["format"] as? String == "vote", "meeting is the first")
        let meetings = try #require(fields["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["format"] as? String } == ["vote", "consultations"])
        #expect(meetings.map { $0["date"] as? String } == ["2025-01-02", "2025-01-03"])
        #expect(meetings[1].keys.sorted() == ["date", "format", "timeOfDay"], "unknown fields are left out")
        let keys = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }.map { $0.prefix { $0 != ":" } }
        #expect(keys.firstIndex(of: "meetings") == keys.firstIndex(of: "meeting").map { $0 + 1 }, "meetings comes right after meeting")
    }

    @Test func frontMatterLeavesOutWhatThePostDoesNotSayWhileTheJSONKeepsItAsNull() throws {
        var post = try TestPaths.example("2025-03-12-sudan")
        post.meeting.briefers = [Briefer(name: "Anna Lindqvist", title: "Special Envoy"), Briefer(organization: "Médecins Sans Frontières")]
        let markdown = try MarkdownExporter().export(post)
        let (yaml, _) = try MarkdownExporterTests.split(markdown)
        #expect(!yaml.contains("null"), "\(yaml)")
        let briefers = try #require(((try Yams.load(yaml: yaml) as? [String: Any])?["meeting"] as? [String: Any])?["briefers"] as? [[String: String]])
        #expect(briefers == [["name": "Anna Lindqvist", "title": "Special Envoy"], ["organization": "Médecins Sans Frontières"]])
        let reread = try PostReader().read(bytes: Array(markdown.utf8), path: "p.md")
        #expect(reread.first?.meeting.briefers == post.meeting.briefers, "a missing field reads back as unknown")
        let json = try JSONExporter().export(post)
        #expect(json.contains("\"organization\": null") && json.contains("\"name\": null"), "the JSON keeps its nulls")
    }

    @Test func titlesThatLookLikeMarkupStayLiteralInBothParts() throws {
        let title = "Title: *not* #1 <b>x</b> --- \"quoted\""
        let post = Post(metadata: PostMetadata(title: title), body: [.paragraph(Paragraph(content: [.text("- not a list")], range: SourceRange(line: 3)))])
        let (yaml, body) = try MarkdownExporterTests.split(try MarkdownExporter().export(post))
        #expect((try Yams.load(yaml: yaml) as? [String: Any])?["title"] as? String == title)
        #expect(CommonMarkParser().parse(body).map(\.plainText) == [title, "- not a list"])
    }
}
