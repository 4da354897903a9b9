import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBMarkdown
import WIBTestSupport

/// Posts with no posted date and no meeting date in a pack: kept apart, and no date shown as a
/// partial ISO date.
@Suite struct PackUndatedPostsTests {
    private func posts() throws -> [Post] {
        [StandardAnnotators.annotate(try TestPaths.fixture("undated-pasted-post.txt")), StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))]
    }

    /// Partial ISO dates, as `--01-06` or `--07`, anywhere.
    private func partialDates(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "--[0-9]{2}(-[0-9]{2})?")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func theUndatedPostHasPartialDatesThatThePackNeverShows() throws {
        let undated = try posts()[0]
        #expect(undated.entities.contains { $0.entity.kind == .date && $0.entity.id.hasPrefix("--") }, "the premise: its dates have no year")
        for format in PackExporter.Format.allCases {
            let pack = try PackExporter(title: "Week", format: format).export(try posts())
            #expect(partialDates(in: pack).isEmpty, "\(format): \(partialDates(in: pack))")
        }
    }

    @Test func undatedPostsComeLastAndApart() throws {
        let pack = try PackExporter(title: "Week").export(try posts().reversed())
        #expect(pack.contains("*2 posts (1 undated), 2 meetings; 13 Mar 2025.*"))
        #expect(pack.contains("\n  - [Posts](#posts)\n      - [Sudan: Open Briefing](#sudan-open-briefing) (posted 12 Mar 2025)\n  - [Undated posts](#undated-posts)\n      - [Haiti: Briefing on the Security Situation](#haiti-briefing-on-the-security-situation)\n"))
        #expect(pack.contains("| Thu 13 Mar 2025, morning | open briefing | [Sudan](#sudan-open-briefing) |"))
        #expect(pack.contains("\n| undated | briefing | [Haiti](#haiti-briefing-on-the-security-situation) |"))
        let sections = pack.components(separatedBy: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
        #expect(Array(sections.suffix(4)) == ["## Posts", "### Sudan: Open Briefing", "## Undated posts", "### Haiti: Briefing on the Security Situation"])
    }

    @Test func theTimelineEndsWithTheEventsOfUnknownYearInWords() throws {
        let pack = try PackExporter(title: "Week").export(try posts())
        #expect(pack.contains("""
              - **2025-03-13** The Security Council will hold an open briefing on Sudan
            """))
        #expect(pack.contains("""
              - **Year unknown** (in posts that give no date):
                  - **6 January** Council members issued a press statement
            """))
        #expect(pack.contains("      - **14 March** The Security Council will hold a briefing on Haiti."))
        #expect(pack.contains("""
            ### Deadlines and expiries

              - **Year unknown** (in posts that give no date):
                  - **July** The mission's mandate expires in July.
            """), "a term is a deadline, not an event")
        let diagram = try #require(pack.components(separatedBy: "``` mermaid\ntimeline\n").last?.components(separatedBy: "```").first)
        #expect(diagram.contains("2025-03-13 : ") && !diagram.contains("January") && !diagram.contains("Haiti"), "the diagram shows the events of known year")
        #expect(pack.contains("The events of known year as a diagram"))
    }

    @Test func aPackOfOnlyUndatedPostsHasNoDiagram() throws {
        let pack = try PackExporter(title: "Week").export([try posts()[0]])
        #expect(pack.contains("*1 post (1 undated), 1 meeting.*"))
        #expect(!pack.contains("``` mermaid\ntimeline"))
        #expect(pack.contains("- **Year unknown**"))
    }

    @Test(arguments: [("pack.md", PackExporter.Format.markdown), ("P.MARKDOWN", .markdown), ("a/b.html", .html), ("x.HTM", .html)])
    func aPacksFormatComesFromItsFile(_ file: String, _ format: PackExporter.Format) {
        #expect(PackExporter.Format(file: file) == format)
    }

    @Test(arguments: ["x.pdf", "x.tex", "x.json", "x", "x.md.bak"])
    func otherFilesAreNoPackFormat(_ file: String) {
        #expect(PackExporter.Format(file: file) == nil)
    }
}
