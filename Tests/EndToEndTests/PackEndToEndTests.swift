import Foundation
import Testing
import WIBTestSupport

/// `wib pack`, as a user runs it.
@Suite struct PackEndToEndTests {
    @Test func packsTheExamplePostsWithAFilter() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "packs/2025.md", "--title", "Council, 2025",
                                         "--since", "2025-01-01", "--until", "2025-12-31"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\nwib: 7 posts read, 4 in the pack, written to packs/2025.md, 2 warnings, 0 errors, "), "\(result.stderr)")
        #expect(folder.files() == ["packs/2025.md"])
        let pack = try String(contentsOf: folder.url.appendingPathComponent("packs/2025.md"), encoding: .utf8)
        #expect(pack.contains("\n# Council, 2025\n"))
        #expect(pack.contains("*4 posts, 4 meetings; from 2 Jan 2025 to 20 Aug 2025. Filter: since 2025-01-01; until 2025-12-31.*"))
        let again = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "packs/2025.md", "--title", "Council, 2025",
                                        "--since", "2025-01-01", "--until", "2025-12-31"], in: folder.url)
        #expect(again.status == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("packs/2025.md"), encoding: .utf8) == pack)
    }

    @Test func anHTMLPackIsAPage() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "pack.html", "--country", "HTI"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("pack.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<h3 id=\"haiti-binuh-mandate-renewal\">"))
        #expect(page.contains("Filter: country HTI."))
    }

    @Test(arguments: [
        (["--country", "Haiti"], "--country Haiti: write the ISO 3166-1 alpha-3 code: HTI, not 'Haiti'"),
        (["--country", "XYZ"], "--country XYZ: 'XYZ' is not the ISO 3166-1 alpha-3 code"),
        (["--since", "2025-02-30"], "--since 2025-02-30: '2025-02-30' is not a date; write YYYY-MM-DD"),
        (["--since", "2025-03-01", "--until", "2025-01-31"], "--until 2025-01-31: 'since' (2025-03-01) is after 'until' (2025-01-31); no post could match"),
    ])
    func badOptionsAreUsageErrors(_ options: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "p.md"] + options, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(folder.files().isEmpty)
    }

    /// The filter options are Filter's own: their help and value types come from its declarations.
    @Test func theFilterOptionsAreTheFiltersOwn() throws {
        let result = try WibProcess.run(["pack", "--help"])
        #expect(result.status == 0)
        let help = result.stdout.replacingOccurrences(of: "\n ", with: " ").split(separator: " ").joined(separator: " ")
        #expect(help.contains("--since <since> The first meeting date kept (the posted date when a post names none; undated posts are left out, with a warning). Value: date (YYYY-MM-DD)."), "\(help)")
        #expect(help.contains("--country <country> A state that the post mentions"))
    }

    @Test func aBadInputWritesNoPack() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("posts/empty.txt", "")
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, empty, "--output", "p.md"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("posts/empty.txt:1: error: "))
        #expect(result.stderr.contains("wib: the pack was not written"))
        #expect(!folder.files().contains("p.md"))
    }

    @Test(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"))
    func theCorpusPackOfTheIssue() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", try #require(TestPaths.corpus).path, "--output", "pack.md"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pack = try String(contentsOf: folder.url.appendingPathComponent("pack.md"), encoding: .utf8)
        #expect(pack.contains("| Fri 28 Jun 2024, morning | open briefing | [DPRK (North Korea)](#dprk-north-korea-open-briefing) | Non-proliferation/DPRK |"))
        #expect(pack.components(separatedBy: "\n  - **2024-06-19** ").count == 2, "one timeline entry for the treaty signing")
        #expect(pack.contains("[S/RES/1874(2009)](https://undocs.org/S/RES/1874\\(2009\\))"))
        #expect(pack.contains("see [our 27 June What’s in Blue story](#dprk-north-korea-open-briefing)"))
    }

    /// The tables of a pack as GitHub reads them: `cmark-gfm -e table`'s HTML, each table's rows
    /// (its header first), each cell's text.
    private func tablesAsGitHubReadsThem(_ markdown: String) throws -> [[[String]]] {
        let html = try WibProcess.run(["-e", "table"], input: Data(markdown.utf8), program: URL(fileURLWithPath: PackEndToEndTests.cmarkGFM)).stdout
        let text = { (cell: String) in
            cell.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        let matches = { (pattern: String, in: String) -> [String] in
            let regex = try! NSRegularExpression(pattern: pattern, options: .dotMatchesLineSeparators)
            return regex.matches(in: `in`, range: NSRange(`in`.startIndex..., in: `in`)).map { String(`in`[Range($0.range(at: 1), in: `in`)!]) }
        }
        return matches("<table>(.*?)</table>", html).map { table in
            matches("<tr>(.*?)</tr>", table).map { row in matches("<t[hd][^>]*>(.*?)</t[hd]>", row).map(text) }
        }
    }

    static let cmarkGFM = "/usr/bin/cmark-gfm"
    static let cmarkGFMAbsent = "/usr/bin/cmark-gfm is absent (Debian's cmark-gfm package): the tables as GitHub reads them are not checked"

    @Test(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"),
          .enabled(if: FileManager.default.isExecutableFile(atPath: PackEndToEndTests.cmarkGFM), "\(PackEndToEndTests.cmarkGFMAbsent)"))
    func theCorpusAndExamplesPackReadsLikeABriefing() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", try #require(TestPaths.corpus).path, TestPaths.examplePosts.path, "--output", "pack.md", "-q"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pack = try String(contentsOf: folder.url.appendingPathComponent("pack.md"), encoding: .utf8)
        let tables = try tablesAsGitHubReadsThem(pack)
        let meetings = try #require(tables.first { $0.first?.first == "Date" })
        #expect(meetings[0] == ["Date", "Format", "Topic", "Agenda item", "Requested by", "Briefers", "Outcome"])
        // A row per meeting: the Ukraine post's two meetings are two rows; days in words.
        #expect(meetings.dropFirst().map { $0[0] } == ["Thu 3 Nov 2022, morning", "Mon 18 Sep 2023, afternoon", "Fri 28 Jun 2024, morning",
                                                       "Wed 30 Oct 2024, afternoon", "Thu 31 Oct 2024, morning", "Thu 2 Jan 2025",
                                                       "Thu 13 Mar 2025, morning", "Wed 7 May 2025, afternoon", "Wed 20 Aug 2025, afternoon", "Fri 20 Feb 2026"])
        #expect(meetings[3][4] == "France, Japan, the ROK, the UK and the US")
        #expect(meetings[5][2...4] == ["Ukraine", "Threats to international peace and security", "Russia"])
        #expect(meetings.contains { $0[1] == "adoption" && $0[6] == "adoption expected" })
        #expect(!meetings.joined().contains { ["KOR", "GBR", "USA", "PRK"].contains($0) }, "no ISO codes")

        let states = try #require(tables.first { $0.first?.first == "State" }).dropFirst().map { $0[0] }
        #expect(states == states.sorted { $0.folded < $1.folded } && states.contains("ROK") && states.contains("UK"))
        let people = try #require(tables.first { $0.first?.first == "Name" }).dropFirst()
        #expect(people.map { $0[0] }.prefix(3) == ["Austin, Lloyd", "Ebo, Adedeji", "Guterres, António"])
        #expect(people.first { $0[0] == "Rutte, Mark" }?[1] == "NATO Secretary-General")

        // The timeline: each entry starts with its ISO date, in order; a term is a deadline.
        let timeline = pack.components(separatedBy: "\n## Timeline\n\n")[1].components(separatedBy: "\n\n")[0]
            .split(separator: "\n").filter { $0.hasPrefix("  - **") }.map { String($0.dropFirst(6).prefix { $0 != "*" }) }
        #expect(timeline.count > 30 && timeline == timeline.sorted() && timeline.allSatisfy { $0.first?.isNumber == true })
        #expect(!timeline.contains("2025-04-30") && timeline.filter { $0 == "2024-10-28" }.count == 2)
        let deadlines = pack.components(separatedBy: "\n### Deadlines and expiries\n\n")[1].components(separatedBy: "\n\n")[0]
        #expect(deadlines.hasPrefix("  - **2025-01-15** The mandate expires on 15 January."))
        #expect(deadlines.contains("  - **2025-04-30** On 28 March, Russia vetoed a draft resolution"))
        #expect(pack.contains("      - [Ukraine Briefing](#ukraine-briefing) (posted 30 Oct 2024)\n"))
    }
}
