import Foundation
import Testing
import WIBTestSupport

/// Big and mixed batches, as a user runs them: text posts, saved pages and the feed in one call.
@Suite struct BatchEndToEndTests {
    static let web = TestPaths.repository.appendingPathComponent("Examples/web").path

    @Test func aMixedDirectoryConvertsEachPostOnce() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", TestPaths.examplePosts.path, BatchEndToEndTests.web, "--to", "json", "--output", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wib: 13 posts read, 10 files written to out, 5 warnings, 0 errors, "), "\(result.stderr)")
        #expect(result.stderr.contains("2025-03-12-sudan-open-briefing.html:26: warning: 3 copies of the same post (“Sudan: Open Briefing”, 2025-03-12) were read; this one, the richest, is kept; left out: \(TestPaths.examplePosts.path)/2025-03-12-sudan-open-briefing.txt, \(BatchEndToEndTests.web)/whatsinblue-feed.xml\n"))
        let titles = try folder.files().map { file -> String in
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent(file))) as? [String: Any]
            return json?["title"] as? String ?? ""
        }
        #expect(titles.count == 10)
        #expect(Set(titles).count == 10, "each post once")
        let sudan = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("out/2025-03-12-sudan-open-briefing.json"))) as? [String: Any]
        #expect((sudan?["meeting"] as? [String: Any])?["requestedBy"] as? [String] == ["GBR"])
        #expect(sudan?["url"] as? String == "https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php")
    }

    @Test func quietMeansNoSummary() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", BatchEndToEndTests.web, "--output", "out", "--quiet"], in: folder.url)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("wib: "))
        #expect(result.stderr.contains("warning: the feed item “Somalia"), "warnings are still printed")
    }

    /// `script` gives wib a terminal, as a user's shell does.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "no `script` to give wib a terminal"))
    func onATerminalABatchShowsProgress() throws {
        let folder = try TemporaryFolder()
        let command = "\(WibProcess.executable.path) convert \(TestPaths.examplePosts.path) --output out"
        let result = try WibProcess.run(["-qfec", command, "/dev/null"], in: folder.url, program: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("] reading 7/7 · "), "\(result.stdout)")
        #expect(result.stdout.contains("] writing 7/7 · "))
        #expect(result.stdout.contains(" s\r\u{1B}[K"), "the bar is cleared before anything else is printed")
        #expect(result.stdout.contains("wib: 7 posts read, 7 files written to out, 2 warnings, 0 errors, "))
        let piped = try WibProcess.run(["convert", TestPaths.examplePosts.path, "--output", "piped"], in: folder.url)
        #expect(!piped.stderr.contains("reading"), "no bar when standard error is not a terminal")
    }
}
