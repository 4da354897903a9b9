import Foundation
import Testing
import WIBCore
import WIBExporters
import WIBTestSupport

@Suite struct ManPageExporterTests {
    @Test func theHeaderNameAndSectionsOfAPost() throws {
        let man = try ManPageExporter().export(try TestPaths.example("2025-03-12-sudan"))
        let lines = man.components(separatedBy: "\n")
        #expect(lines.first == ".TH \"SUDAN\" \"7\" \"2025-03-12\" \"WIBKit\" \"What's In Blue\"")
        #expect(man.contains(".SH\nNAME\n.PP\nSudan: Open Briefing \\- Posted 2025\\-03\\-12 \\[u00B7] Meeting 2025\\-03\\-13, morning \\[u00B7] open briefing"))
        #expect(man.unicodeScalars.allSatisfy { $0.isASCII }, "groff reads Latin-1 unless told: every other character is an escape")
        #expect(man.contains(".SH\nDESCRIPTION\n.PP\nTomorrow morning (13 March)"), "the opening text comes before the first heading")
        #expect(man.contains(".SH\nBackground\n"))
        #expect(man.contains(".SH\nKey Issues and Options\n"))
        #expect(!man.contains(".SS"))
    }

    @Test func deeperHeadingsAreSubsectionsAndAPostThatStartsWithAHeadingHasNoDescription() throws {
        let range = SourceRange(line: 1)
        let post = Post(metadata: PostMetadata(title: "A \"quoted\" \\ title"), body: [
            .heading(Heading(level: 3, content: [.text("Overview")], range: range)),
            .paragraph(Paragraph(content: [.text("Text.")], range: range)),
            .heading(Heading(level: 4, content: [.text("Detail")], range: range)),
        ])
        let man = try ManPageExporter().export(post)
        #expect(man.hasPrefix(".TH \"A \\(dqQUOTED\\(dq \\e TITLE\" \"7\" \"\" \"WIBKit\" \"What's In Blue\"\n"), "\(man)")
        #expect(man.contains("a What's In Blue post"))
        #expect(!man.contains("DESCRIPTION"))
        #expect(man.contains(".SH\nOverview\n") && man.contains(".SS\nDetail\n"))
    }

    @Test(arguments: [
        ("Libya", "LIBYA"),
        ("Bosnia and Herzegovina", "BOSNIA AND HERZEGOVINA"),
        ("The Democratic Republic of the Congo", "THE DEMOCRATIC REPUBLIC\\[u2026]"),
    ])
    func theNameIsTheTopicInCapitalsCutToFitTheHeader(_ topic: String, _ name: String) throws {
        var post = try TestPaths.example("2025-03-12-sudan")
        post.metadata.topic = topic
        #expect(try ManPageExporter().export(post).hasPrefix(".TH \"\(name)\" \"7\""))
    }

    @Test(.enabled(if: ExternalTool.groff != nil, "\(ExternalTool.groffAbsent)"))
    func groffShowsTheHeaderAndEachSectionApart() throws {
        let man = try ManPageExporter().export(try TestPaths.example("2025-03-12-sudan"))
        let (status, output) = try #require(ExternalTool.groff).run(["-k", "-man", "-Tutf8", "-P-cbou"], input: Data(man.utf8))
        #expect(status == 0)
        let lines = output.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("SUDAN(7)") == true && lines.first?.hasSuffix("SUDAN(7)") == true, "\(lines.first ?? "")")
        for heading in ["NAME", "DESCRIPTION", "Background", "Key Issues and Options"] {
            #expect(lines.contains(heading), "“\(heading)” is a heading line of its own")
        }
        #expect(lines.contains { $0.hasPrefix("       Tomorrow ") }, "the text is indented under its heading")
    }
}
