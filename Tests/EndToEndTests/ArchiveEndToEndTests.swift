import Foundation
import Testing
import WIBTestSupport

/// `wib index`, `wib query` and `wib stats`, as a user runs them, over the archive tests' four
/// invented posts (`Tests/Fixtures/Archive`) and, when present, the shared corpus.
@Suite struct ArchiveEndToEndTests {
    private static let posts = TestPaths.repository.appendingPathComponent("Tests/Fixtures/Archive").path

    /// A folder with `arc`, an archive of the fixture posts (and, with `corpus`, the corpus when present).
    private static func indexed(corpus: Bool = true) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let corpus = corpus ? TestPaths.corpus : nil
        let inputs = [posts] + (corpus.map { [$0.path] } ?? [])
        let result = try WibProcess.run(["index"] + inputs + ["--archive", "arc"], in: folder.url)
        let count = 4 + TestPaths.posts(in: corpus).count
        guard result.status == 0, result.stderr.contains("wib: \(count) posts read, \(count) added, 0 updated, 0 unchanged in arc, ") else {
            Issue.record("index failed: \(result.stderr)")
            throw CocoaError(.fileReadCorruptFile)
        }
        return folder
    }

    @Test func indexingAgainChangesNothing() throws {
        let folder = try ArchiveEndToEndTests.indexed()
        let database = try Data(contentsOf: folder.url.appendingPathComponent("arc/archive.sqlite"))
        let again = try WibProcess.run(["index", ArchiveEndToEndTests.posts, "--archive", "arc"], in: folder.url)
        #expect(again.status == 0)
        #expect(again.stderr.contains("wib: 0 posts read (4 files unchanged since indexed, not read), 0 added, 0 updated, 0 unchanged in arc, 0 warnings, 0 errors, "),
                "\(again.stderr)")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("arc/archive.sqlite")) == database)
    }

    @Test func theQueriesOfTheIssueAreAnswered() throws {
        let folder = try ArchiveEndToEndTests.indexed()
        let russia = try WibProcess.run(["query", "country:RUS role:requester agenda:ukraine since:2022-01-01", "--archive", "arc"], in: folder.url)
        #expect(russia.status == 0, "\(russia.stderr)")
        let lines = russia.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("DAY         FORMAT    TITLE") == true)
        // The corpus's Ukraine briefing of 2024 (requested by Russia) matches too, when present.
        let fixtures = lines.dropFirst().filter { $0.contains("Tests/Fixtures/Archive/") }
        #expect(fixtures.map { $0.prefix(41) } == ["2022-03-02  briefing  Ukraine: Briefing  "], "\(russia.stdout)")
        #expect(russia.stderr == "wib: \(lines.count - 1) post\(lines.count == 2 ? "" : "s") matched\n")
        let json = try WibProcess.run(["query", "resolution:2231 OR person:\"Jane Roe\"", "--archive", "arc", "--format", "json"], in: folder.url)
        #expect(json.status == 0, "\(json.stderr)")
        let corpus = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let posts = corpus?["posts"] as? [[String: Any]] ?? []
        #expect(posts.map { $0["title"] as? String } == ["Ukraine: Briefing", "Non-proliferation: Briefing on Resolution 2231"])
        #expect(posts.map { $0["posted"] as? String } == ["2022-03-01", "2023-07-05"])
        #expect(posts.map { ($0["meetings"] as? [[String: Any]])?.first?["date"] as? String } == ["2022-03-02", "2023-07-06"])
    }

    @Test func aBadQueryIsAUsageErrorPointingAtTheColumn() throws {
        let folder = try ArchiveEndToEndTests.indexed()
        let result = try WibProcess.run(["query", "format:vote contry:GBR", "--archive", "arc"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == """
            query:1:13: error: unknown field 'contry' (did you mean 'country'?); fields are country, role, resolution, document, format, person, agenda, since, until, text
            format:vote contry:GBR
                        ^

            """)
        #expect(result.stdout.isEmpty)
    }

    @Test func aQueryWritesAPackOfItsAnswersWithoutReplacingInputs() throws {
        let folder = try ArchiveEndToEndTests.indexed()
        let result = try WibProcess.run(["query", "format:vote", "--archive", "arc", "--pack", "votes.html", "--title", "Votes"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("votes.html"), encoding: .utf8)
        #expect(page.contains("<meta name=\"generator\" content=\"WIBKit pack\">"))
        #expect(page.contains("Myanmar: Vote on a Draft Resolution"))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".wib-written").path))
        let mine = try folder.write("mine.md", "my notes\n")
        let refused = try WibProcess.run(["query", "format:vote", "--archive", "arc", "--pack", "mine.md"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("mine.md:1: error: is already there, and wib did not write it"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my notes\n")
    }

    @Test func aPackOfNoAnswersIsNotWrittenUnlessAllowed() throws {
        let folder = try ArchiveEndToEndTests.indexed(corpus: false)
        let refused = try WibProcess.run(["query", "format:\"open debate\"", "--archive", "arc", "--pack", "none.md"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no post matched, so the pack none.md would list none; it was not written"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("none.md").path))
        let allowed = try WibProcess.run(["query", "format:\"open debate\"", "--archive", "arc", "--pack", "none.md", "--allow-empty"], in: folder.url)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("none.md").path))
    }

    @Test func statsGiveTablesAndCharts() throws {
        let folder = try ArchiveEndToEndTests.indexed(corpus: false)
        let markdown = try WibProcess.run(["stats", "--archive", "arc", "--output", "stats.md", "--since", "2022-01-01", "--until", "2024-12-31"], in: folder.url)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let text = try String(contentsOf: folder.url.appendingPathComponent("stats.md"), encoding: .utf8)
        #expect(text.hasPrefix("# The Council at work\n\n*3 posts of the archive, since 2022-01-01, until 2024-12-31*\n"), "\(text)")
        #expect(text.contains("| Requester | Meetings requested |\n| --- | --- |\n"))
        #expect(text.contains("``` mermaid\npie showData\n    title Meetings by format\n    \"briefing\" : 2\n    \"vote\" : 1\n```"))
        #expect(text.contains("| Participant | Meetings |\n| --- | --- |\n| Myanmar | 1 |"))
        let html = try WibProcess.run(["stats", "--archive", "arc", "--output", "stats.html"], in: folder.url)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("stats.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg"))
        #expect(page.contains("<table>"))
    }

    @Test func aMissingArchiveIsAnInputError() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["query", "format:vote", "--archive", "none"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "none:1: error: no archive here (no archive.sqlite): make one with wib index or wib sync\n")
    }
}
