import Foundation
import Testing
import WIBTestSupport

/// Hostile input, as a user could feed it to the built `wib`: every case ends in a clear error
/// (exit 1 or 2, `PATH:LINE: error: …`) or a clean result, writes nothing when it fails, and
/// never lets a live script into HTML.
@Suite struct HostileInputEndToEndTests {
    /// One hostile input: files to write, the command, and what must come of it.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var files: [String: Data] = [:]
        let arguments: [String]
        var status: Int32 = 1
        /// Text that standard error must contain.
        var error: String? = nil
        /// Text that the output (standard output, or the file `out` names) must not contain.
        var forbidden: [String] = []
        /// Text the output must contain.
        var expected: [String] = []
        /// The file that holds the output, when it is not standard output.
        var output: String? = nil
        var testDescription: String { name }
    }

    static let post = try! String(contentsOf: TestPaths.examplePosts.appendingPathComponent("2025-03-12-sudan-open-briefing.txt"), encoding: .utf8)
    static func text(_ string: String) -> Data { Data(string.utf8) }
    static func post(withBody body: String) -> Data {
        text("What's In Blue\n\nPosted Wed 12 Mar 2025\n\nSudan: Open Briefing\n\n\(body)\n\nSign up for What's In Blue emails\n")
    }
    static let html = "<!DOCTYPE html><html><head><title>T : What's In Blue : Security Council Report</title></head><body><article><h1 class=\"entry-title\">T</h1><div class=\"entry-content\">"

    static let readerCases: [Case] = [
        Case(name: "empty file", files: ["p.txt": Data()], arguments: ["convert", "p.txt"], error: "p.txt:1: error: the file is empty"),
        Case(name: "binary data", files: ["p.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])], arguments: ["convert", "p.txt"], error: "p.txt:3: error: the file contains NUL bytes"),
        Case(name: "NUL bytes in text", files: ["p.txt": text("Title\n\nThe Council\u{0}meets.\n")], arguments: ["convert", "p.txt"], error: "p.txt:3: error: "),
        Case(name: "invalid UTF-8", files: ["p.txt": Data("Title\n\nThe Council meets ".utf8) + Data([0xC3, 0x28]) + Data(".\n".utf8)], arguments: ["convert", "p.txt"],
             error: "p.txt:3: error: "),
        Case(name: "byte order mark", files: ["p.txt": Data([0xEF, 0xBB, 0xBF]) + Data(post.utf8)], arguments: ["convert", "p.txt", "--to", "json"], status: 0,
             forbidden: ["\u{FEFF}"], expected: ["\"title\": \"Sudan: Open Briefing\""]),
        Case(name: "CRLF line ends", files: ["p.txt": text(post.replacingOccurrences(of: "\n", with: "\r\n"))], arguments: ["convert", "p.txt", "--to", "json"], status: 0,
             forbidden: ["\\r"], expected: ["\"requestedBy\": [\"GBR\"]"]),
        Case(name: "a 5 MB line", files: ["p.txt": text("Title\n\n" + String(repeating: "a", count: 5 << 20) + "\n")], arguments: ["convert", "p.txt"],
             error: "p.txt:3: error: "),
        Case(name: "100,000 headings", files: ["p.txt": post(withBody: "The Security Council meets.\n\n" + (0..<100_000).map { "Heading \($0)\n\nText \($0)." }.joined(separator: "\n\n"))],
             arguments: ["convert", "p.txt", "--to", "text", "--annotate", "none"], status: 0, expected: ["Heading 99999"]),
        Case(name: "Markdown injection in a text post", files: ["p.txt": post(withBody: "The Council <script>alert(1)</script> meets [x](javascript:alert(2)) **now**.")],
             arguments: ["convert", "p.txt", "--to", "html"], status: 0, forbidden: ["<script", "href=\"javascript", "<strong>"], expected: ["&lt;script&gt;"]),
        Case(name: "script and javascript: link in a saved page",
             files: ["p.html": text(html + "<p>The Council meets.<script>alert(1)</script> <a href=\"javascript:alert(2)\">x</a> <img src=x onerror=alert(3)></p></div></article></body></html>")],
             arguments: ["convert", "p.html", "--to", "html"], status: 0, forbidden: ["<script", "javascript:", "onerror", "alert"], expected: ["The Council meets."]),
        Case(name: "raw HTML and javascript: links in our Markdown",
             files: ["p.md": text("---\ntitle: T\n---\n\n# T\n\nThe Council <img src=x onerror=alert(1)> [meets](javascript:alert(2)).\n\n<script>alert(3)</script>\n")],
             arguments: ["convert", "p.md", "--to", "html"], status: 0, forbidden: ["<script", "href=\"javascript", "<img"]),
        Case(name: "20,000 nested elements in a page", files: ["p.html": text(html + String(repeating: "<div>", count: 20_000) + "<p>Deep text.</p>" + "</div></article>")],
             arguments: ["convert", "p.html", "--to", "text"], status: 0, expected: ["Deep text."]),
        Case(name: "5,000 nested quotes in Markdown", files: ["p.md": text("# T\n\n" + String(repeating: ">", count: 5_000) + " deep\n")],
             arguments: ["convert", "p.md", "--to", "json"], status: 0, expected: ["deep"]),
        Case(name: "JSON of another schema version", files: ["p.json": text("{\"schemaVersion\": 2, \"title\": \"T\"}")], arguments: ["convert", "p.json"],
             error: "p.json:1: error: not WIBKit JSON: schemaVersion 2 is not supported"),
        Case(name: "JSON that is not ours", files: ["p.json": text("{\"hello\": [1, 2]}")], arguments: ["convert", "p.json"], error: "p.json:1: error: not WIBKit JSON: missing key 'title'"),
        Case(name: "JSON nested 100,000 deep", files: ["p.json": text("{\"posts\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}")],
             arguments: ["convert", "p.json"], error: "p.json:1: error: "),
        Case(name: "an external entity in a feed",
             files: ["f.xml": text("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>T &x;</title><description>&lt;p&gt;The Council meets.&lt;/p&gt;</description></item></channel></rss>")],
             arguments: ["convert", "f.xml", "--to", "json"], status: 0, forbidden: ["root:"], expected: ["\"title\": \"T"]),
        Case(name: "entity expansion in a feed (billion laughs)",
             files: ["f.xml": text("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><rss><channel><item><title>T</title><description>&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;</description></item></channel></rss>")],
             arguments: ["convert", "f.xml"], error: "f.xml:1: error: the feed item “T” has no text"),
        Case(name: "a page without a post", files: ["p.html": text("<html><body><nav>Home</nav></body></html>")], arguments: ["convert", "p.html"], error: "p.html:1: error: no title"),
        Case(name: "a feed without items", files: ["f.xml": text("<rss version=\"2.0\"><channel><title>x</title></channel></rss>")], arguments: ["convert", "f.xml"],
             error: "f.xml:1: error: the feed has no items"),
        Case(name: "a folder without posts", files: ["d/notes.pdf": text("x")], arguments: ["convert", "d", "--output", "out"], error: "d:1: error: the directory holds no posts"),
        Case(name: "a path that does not exist", arguments: ["convert", "nowhere.txt"], error: "nowhere.txt:1: error: no such file or directory"),
        Case(name: "empty standard input", arguments: ["convert", "-"], error: "-:1: error: the file is empty"),
        Case(name: "a file name with spaces and accents", files: ["Séance du conseil.txt": text(post)], arguments: ["convert", "Séance du conseil.txt", "--output", "out"],
             status: 0, expected: ["# Sudan: Open Briefing"], output: "out/Séance du conseil.md"),
    ]

    static let pipelineCases: [Case] = [
        Case(name: "a pipeline option of the wrong type", files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - filter: {since: [2024]}\n"), "p.txt": text(post)],
             arguments: ["run"], error: "wib.yml:4: error: 'filter' option 'since': expected a single value (date (YYYY-MM-DD)), not a list or a mapping"),
        Case(name: "a misspelt pipeline option", files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - filter:\n      agenda: Sudan\n      untill: 2025-01-01\n"), "p.txt": text(post)],
             arguments: ["run"], error: "wib.yml:6: error: unknown option 'untill' for 'filter' (did you mean 'until'?); its options are: agenda, country, countryRole, since, until, format, text"),
        Case(name: "a pipeline file that is not YAML", files: ["wib.yml": text("pipeline: [annotate\n  - : :")], arguments: ["run"], error: "wib.yml:"),
        Case(name: "a pipeline file that is a list", files: ["wib.yml": text("- annotate\n")], arguments: ["run"], error: "wib.yml:1: error: a pipeline file is a mapping"),
        Case(name: "an unknown transformer", files: ["wib.yml": text("inputs: [p.txt]\npipeline: [annotat]\n"), "p.txt": text(post)], arguments: ["run"],
             error: "wib.yml:2: error: unknown transformer 'annotat'; the transformers are: annotate"),
        Case(name: "an external filter that hangs",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: json\n  - exec: {command: [sleep, '30'], timeout: 1}\n"), "p.txt": text(post)],
             arguments: ["run"], error: "wib.yml:5: error: step 'exec': `sleep 30` took longer than 1 s and was stopped"),
        Case(name: "an external filter that prints garbage",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: json\n  - exec: [sh, -c, 'cat > /dev/null; echo garbage']\n"), "p.txt": text(post)],
             arguments: ["run"], error: "did not write a corpus"),
        Case(name: "an external filter that prints without end",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: json\n  - exec: [yes]\n"), "p.txt": text(post)],
             arguments: ["run"], error: "wib.yml:5: error: step 'exec': `yes` printed more than 64 MiB on standard output and was stopped"),
        Case(name: "an external filter that fails",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: json\n  - exec: [sh, -c, 'echo broken >&2; exit 1']\n"), "p.txt": text(post)],
             arguments: ["run"], error: "failed with exit status 1; its standard error:\nbroken"),
        Case(name: "an external filter that is not there",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - exec: [./tools/missing.py]\n"), "p.txt": text(post)],
             arguments: ["run"], error: "no program at"),
        Case(name: "an export outside the output folder",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: {format: pack, file: ../escape.md}\n"), "p.txt": text(post)],
             arguments: ["run"], error: "wib.yml:4: error: 'export' option 'file': '../escape.md' must be a relative path inside the output folder"),
        Case(name: "an export folder that is absolute",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: {format: json, folder: /tmp}\n"), "p.txt": text(post)],
             arguments: ["run"], error: "must be a relative path inside the output folder"),
        Case(name: "two exports to one file",
             files: ["wib.yml": text("inputs: [p.txt]\noutput: out\npipeline:\n  - export: {format: pack, file: a.md}\n  - export: {format: pack, file: a.md}\n"), "p.txt": text(post)],
             arguments: ["run"], error: "wib.yml:5: error: step 'export': two outputs would both be written to a.md"),
        Case(name: "pack into a folder name", files: ["p.txt": text(post)], arguments: ["pack", "p.txt", "--output", "packs/"], status: 2,
             error: "--output names the pack's file, not a folder"),
        Case(name: "convert with zero jobs", files: ["p.txt": text(post)], arguments: ["convert", "p.txt", "--jobs", "0"], status: 2, error: "--jobs must be at least 1"),
    ]

    private func run(_ test: Case) throws -> (WibProcess.Result, TemporaryFolder) {
        let folder = try TemporaryFolder()
        for (path, data) in test.files {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return (try WibProcess.run(test.arguments, in: folder.url, timeout: 120), folder)
    }

    @Test(arguments: readerCases + pipelineCases)
    func endsInAClearErrorOrACleanResult(_ test: Case) throws {
        let (result, folder) = try run(test)
        #expect(result.status == test.status, "\(result.stderr.prefix(500))")
        if let error = test.error { #expect(result.stderr.contains(error), "\(result.stderr.prefix(500))") }
        let output = try test.output.map { try String(contentsOf: folder.url.appendingPathComponent($0), encoding: .utf8) } ?? result.stdout
        for text in test.forbidden { #expect(!output.contains(text), "\(text)") }
        for text in test.expected { #expect(output.contains(text), "\(text)") }
        if test.status != 0 {
            #expect(!folder.files().contains { $0.hasPrefix("out/") || $0.hasPrefix("packs/") || $0 == "escape.md" }, "nothing is written on failure")
        }
    }

    @Test func aSymbolicLinkOutOfTheOutputFolderIsNotFollowed() throws {
        let folder = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try folder.write("p.txt", HostileInputEndToEndTests.post)
        try folder.write("wib.yml", "inputs: [p.txt]\noutput: out\npipeline:\n  - export: {format: json, folder: linked}\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("out/linked"), withDestinationURL: outside.url)
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("out/linked:1: error: is a symbolic link where the output linked/"), "\(result.stderr)")
        #expect(outside.files().isEmpty)
    }

    @Test func existingFilesAreReplacedWholeAndNothingIsLeftBehind() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.txt", HostileInputEndToEndTests.post)
        try folder.write("out/p.md", String(repeating: "old content\n", count: 10_000))
        let refused = try WibProcess.run(["convert", "p.txt", "--output", "out"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("out/p.md:1: error: is already there, and wib did not write it"), "\(refused.stderr)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out/p.md"), encoding: .utf8).hasPrefix("old content"), "the user's file is kept")
        let result = try WibProcess.run(["convert", "p.txt", "--output", "out", "--overwrite"], in: folder.url)
        #expect(result.status == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out/p.md"), encoding: .utf8).hasPrefix("---\ntitle: 'Sudan: Open Briefing'"))
        #expect(folder.files() == ["out/p.md", "p.txt"], "no temporary file is left")
    }

    @Test func anOutputFolderThatIsAFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.txt", HostileInputEndToEndTests.post)
        try folder.write("out", "a file")
        let result = try WibProcess.run(["convert", "p.txt", "--output", "out"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write"), "\(result.stderr)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out"), encoding: .utf8) == "a file")
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        let result = try WibProcess.run(["convert", "huge.txt"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("huge.txt:1: error: the file is 67108865 bytes long; the most an input may be is 67108864 bytes"))
    }
}
