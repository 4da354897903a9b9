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

    /// However many posts are worked on at once, the files are the bytes a one-at-a-time run
    /// writes (the posts finish in another order, their outputs and warnings do not).
    @Test(arguments: ["markdown", "json", "html"])
    func aParallelRunWritesTheBytesOfASerialOne(format: String) throws {
        let folder = try TemporaryFolder()
        let inputs = [TestPaths.examplePosts.path, TestPaths.fixturePosts.path, BatchEndToEndTests.web]
        let serial = try WibProcess.run(["convert"] + inputs + ["--to", format, "--output", "serial", "--jobs", "1"], in: folder.url)
        let parallel = try WibProcess.run(["convert"] + inputs + ["--to", format, "--output", "parallel", "--jobs", "4"], in: folder.url)
        #expect(serial.status == parallel.status)
        let warnings = { (stderr: String) in stderr.split(separator: "\n").filter { !$0.hasPrefix("wib: ") } }
        #expect(warnings(serial.stderr) == warnings(parallel.stderr))
        let files = folder.files().filter { $0.hasPrefix("serial/") }
        #expect(files.count > 10, "\(files)")
        #expect(folder.files().filter { $0.hasPrefix("parallel/") }.map { $0.dropFirst("parallel/".count) } == files.map { $0.dropFirst("serial/".count) })
        for file in files {
            let twin = "parallel/" + file.dropFirst("serial/".count)
            #expect(try Data(contentsOf: folder.url.appendingPathComponent(file)) == Data(contentsOf: folder.url.appendingPathComponent(twin)), "\(file)")
        }
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
