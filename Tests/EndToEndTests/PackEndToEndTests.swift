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
        #expect(pack.contains("*4 posts; from 2025-01-02 to 2025-08-20. Filter: since 2025-01-01; until 2025-12-31.*"))
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
        (["--since", "2025-02-30"], "--since 2025-02-30: not a date"),
    ])
    func badOptionsAreUsageErrors(_ options: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "p.md"] + options, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(folder.files().isEmpty)
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
        #expect(pack.contains("| 2024-06-28, morning | open briefing | [DPRK (North Korea)](#dprk-north-korea-open-briefing) | Non-proliferation/DPRK |"))
        #expect(pack.components(separatedBy: "\n  - **2024-06-19** ").count == 2, "one timeline entry for the treaty signing")
        #expect(pack.contains("[S/RES/1874(2009)](https://undocs.org/S/RES/1874\\(2009\\))"))
        #expect(pack.contains("see [our 27 June What’s in Blue story](#dprk-north-korea-open-briefing)"))
    }
}
