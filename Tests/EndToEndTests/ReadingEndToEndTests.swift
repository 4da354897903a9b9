import Foundation
import Testing
import WIBTestSupport

/// Posts in the files users really make — Word's "Unicode Text", an old Windows editor's
/// "ANSI", a post pasted into `post.md`, Markdown from Jekyll, Obsidian and pandoc — read by the
/// built `wib`, and `--from` and `--encoding` where the content cannot say.
@Suite struct ReadingEndToEndTests {
    /// An invented post with everything windows-1252 can hold and latin-1 cannot: curly quotes,
    /// dashes, an ellipsis, accents.
    static let post = """
        What's In Blue

        Posted Tue 14 Oct 2025
          • Print
          • Share

        Yemen: Briefing and Consultations

        Tomorrow morning (15 October), the Security Council will hold a briefing, followed by consultations, on Yemen. Special Envoy Henrik Solberg and OCHA’s Director of Operations Mireille Achebe are expected to brief.

        Key Issues

        Members may ask about the detained UN staff – a matter the envoy called “unacceptable” – and about the talks hosted in Côte d’Ivoire…

        Sign up for What's In Blue emails

        """
    static let body = "Tomorrow afternoon (19 November), the Security Council will hold a briefing on Iraq. Special Representative Tomasz Wierzba is expected to brief."

    /// Writes `bytes` as `name` in `folder`, making its folders.
    func write(_ bytes: [UInt8], _ name: String, in folder: TemporaryFolder) throws {
        let file = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// `text` as Word saves "Unicode Text": UTF-16 little-endian with a byte order mark, CRLF.
    static func wordUnicodeText(_ text: String) -> [UInt8] {
        ([0xFEFF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf16)).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// `text` as Windows' "ANSI" (windows-1252), CRLF.
    static func windowsANSI(_ text: String) -> [UInt8] {
        Array(text.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252)!)
    }

    /// `wib convert NAME --to json` in `folder`, with `options`; the status, the JSON, standard error.
    func json(_ name: String, in folder: TemporaryFolder, _ options: [String] = []) throws -> (status: Int32, json: [String: Any], stderr: String) {
        let result = try WibProcess.run(["convert", name, "--to", "json"] + options, in: folder.url)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, try #require(json, "\(result.stderr)"), result.stderr)
    }

    @Test func wordsUnicodeTextReadsAsTheUTF8FileDoes() throws {
        let word = try TemporaryFolder(), plain = try TemporaryFolder()
        try write(ReadingEndToEndTests.wordUnicodeText(ReadingEndToEndTests.post), "yemen.txt", in: word)
        try plain.write("yemen.txt", ReadingEndToEndTests.post)
        let fromWord = try WibProcess.run(["convert", "yemen.txt", "--to", "json"], in: word.url)
        let fromUTF8 = try WibProcess.run(["convert", "yemen.txt", "--to", "json"], in: plain.url)
        #expect(fromWord.status == 0 && fromWord.stderr.isEmpty, "\(fromWord.stderr)")
        #expect(fromWord.stdout == fromUTF8.stdout, "the same post, byte for byte")
        #expect(fromWord.stdout.contains("\"posted\": \"2025-10-14\"") && fromWord.stdout.contains("\"text\": \"“unacceptable”\""))
        #expect(!fromWord.stdout.contains("\\r") && !fromWord.stdout.contains("\u{FEFF}"))

        let noMark = try TemporaryFolder()
        try write(Array(ReadingEndToEndTests.wordUnicodeText(ReadingEndToEndTests.post).dropFirst(2)), "yemen.txt", in: noMark)
        let withoutMark = try WibProcess.run(["convert", "yemen.txt", "--to", "json"], in: noMark.url)
        #expect(withoutMark.status == 0 && withoutMark.stdout == fromUTF8.stdout, "UTF-16 without a mark, told by its NUL bytes: \(withoutMark.stderr)")
    }

    @Test func windowsANSIIsAClearErrorUntilItsEncodingIsNamed() throws {
        let folder = try TemporaryFolder()
        let bytes = ReadingEndToEndTests.windowsANSI(ReadingEndToEndTests.post)
        try write(bytes, "yemen.txt", in: folder)
        let refused = try WibProcess.run(["convert", "yemen.txt"], in: folder.url)
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        let offset = try #require(bytes.firstIndex(of: 0x95), "the bullet of “• Print”")
        #expect(refused.stderr == "yemen.txt:4: error: the file is not valid UTF-8 (byte 0x95 at offset \(offset)); it looks like windows-1252 (Windows' “ANSI”, with curly quotes and dashes in bytes 0x80–0x9F): read it with --encoding windows-1252 (in wib.yml: encoding: windows-1252), or save it as UTF-8\n")

        let plain = try TemporaryFolder()
        try plain.write("yemen.txt", ReadingEndToEndTests.post)
        let expected = try WibProcess.run(["convert", "yemen.txt", "--to", "json"], in: plain.url)
        for name in ["windows-1252", "cp1252", "Windows-1252"] {
            let read = try WibProcess.run(["convert", "yemen.txt", "--to", "json", "--encoding", name], in: folder.url)
            #expect(read.status == 0 && read.stderr.isEmpty, "\(read.stderr)")
            #expect(read.stdout == expected.stdout)
        }
    }

    @Test func latin1IsNamedToo() throws {
        let folder = try TemporaryFolder()
        let text = "Côte d'Ivoire: Briefing\n\nThis afternoon (2 December), the Security Council will hold a briefing on Côte d'Ivoire, where Special Representative Aurélie Kamara will brief.\n"
        try write(Array(text.data(using: .isoLatin1)!), "ivoire.txt", in: folder)
        let refused = try WibProcess.run(["convert", "ivoire.txt"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("ivoire.txt:1: error: the file is not valid UTF-8 (byte 0xF4 at offset 1); it looks like latin-1 (ISO 8859-1): read it with --encoding latin-1"))
        let (status, json, _) = try self.json("ivoire.txt", in: folder, ["--encoding", "latin-1"])
        #expect(status == 0 && json["title"] as? String == "Côte d'Ivoire: Briefing")
    }

    @Test func anEncodingNamedLeavesTheUTF8FilesOfAFolderAlone() throws {
        let folder = try TemporaryFolder()
        try write(ReadingEndToEndTests.windowsANSI(ReadingEndToEndTests.post), "posts/2025-10-14-yemen.txt", in: folder)
        let iraq = "Iraq: Briefing\nPosted Tue 18 Nov 2025\n\n\(ReadingEndToEndTests.body) He will speak of the mission’s “final phase”.\n"
        try folder.write("posts/2025-11-18-iraq.txt", iraq)
        let result = try WibProcess.run(["convert", "posts", "--to", "text", "--output", "out", "--encoding", "windows-1252", "--quiet"], in: folder.url)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let yemen = try String(contentsOf: folder.url.appendingPathComponent("out/2025-10-14-yemen.txt"), encoding: .utf8)
        let iraqOut = try String(contentsOf: folder.url.appendingPathComponent("out/2025-11-18-iraq.txt"), encoding: .utf8)
        #expect(yemen.contains("called “unacceptable” – and about the talks hosted in Côte d’Ivoire…"))
        #expect(iraqOut.contains("the mission’s “final phase”."), "the UTF-8 file is not read as windows-1252")

        let pack = try WibProcess.run(["pack", "posts", "--output", "pack.md", "--encoding", "windows-1252", "--quiet"], in: folder.url)
        #expect(pack.status == 0, "\(pack.stderr)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("pack.md"), encoding: .utf8).contains("Côte d’Ivoire"))
        let refused = try WibProcess.run(["pack", "posts", "--output", "refused.md", "--quiet"], in: folder.url)
        #expect(refused.status == 1 && refused.stderr.contains("posts/2025-10-14-yemen.txt:4: error: the file is not valid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("refused.md").path))

        try folder.write("wib.yml", "inputs: [posts]\noutput: built\nencoding: windows-1252\npipeline:\n  - export: {format: pack, file: pack.md}\n")
        let run = try WibProcess.run(["run", "--quiet"], in: folder.url)
        #expect(run.status == 0 && run.stdout == "built/pack.md\n", "\(run.stderr)")
        let overridden = try WibProcess.run(["run", "--quiet", "--encoding", "utf-8"], in: folder.url)
        #expect(overridden.status == 1 && overridden.stderr.contains("2025-10-14-yemen.txt:4: error: the file is not valid UTF-8"), "--encoding overrides the file's")
    }

    @Test(arguments: ["post.md", "post.markdown"])
    func aPlainTextPostSavedAsMarkdown(_ name: String) throws {
        let folder = try TemporaryFolder()
        for (copy, text) in [("site", ReadingEndToEndTests.post),
                             ("browser", "Iraq: Briefing\nPosted Tue 18 Nov 2025\n  • Print\n\n\(ReadingEndToEndTests.body)\n")] {
            try folder.write("\(copy)/\(name)", text)
            let (status, json, stderr) = try self.json("\(copy)/\(name)", in: folder)
            #expect(status == 0 && stderr.isEmpty, "\(copy): \(stderr)")
            #expect(["Yemen: Briefing and Consultations", "Iraq: Briefing"].contains(json["title"] as? String ?? ""))
            #expect(["2025-10-14", "2025-11-18"].contains(json["posted"] as? String ?? ""), "\(copy)")
            #expect((json["meeting"] as? [String: Any])?["format"] as? String == "briefing")
        }
    }

    @Test func markdownFromOtherTools() throws {
        let folder = try TemporaryFolder()
        try folder.write("clippings/Iraq Briefing.md", """
            ---
            title: "Iraq: Briefing : What's In Blue : Security Council Report"
            source: "https://www.securitycouncilreport.org/whatsinblue/2025/11/iraq-briefing-6.php"
            author:
            published: 2025-11-18T08:15:00-05:00
            created: 2025-12-02
            tags:
              - "clippings"
            ---

            # Iraq: Briefing

            \(ReadingEndToEndTests.body)
            """)
        try folder.write("_posts/2025-11-18-iraq.markdown", "---\nlayout: post\ntitle: \"Iraq: Briefing\"\ntags: iraq, unami\n---\n\n\(ReadingEndToEndTests.body)\n")
        try folder.write("pandoc/iraq.txt", "% Iraq: Briefing\n% Jo Penhallow\n% November 18, 2025\n\n\(ReadingEndToEndTests.body)\n")
        try folder.write("notes/iraq.md", "# Iraq: Briefing\n\n*Posted Tue 18 Nov 2025*\n\n\(ReadingEndToEndTests.body)\n\n## Key Issues\n\nThe mission’s **drawdown**.\n")
        for path in ["clippings/Iraq Briefing.md", "_posts/2025-11-18-iraq.markdown", "pandoc/iraq.txt", "notes/iraq.md"] {
            let (status, json, stderr) = try self.json(path, in: folder)
            #expect(status == 0, "\(path): \(stderr)")
            #expect(json["title"] as? String == "Iraq: Briefing" && json["topic"] as? String == "Iraq", "\(path)")
            #expect(json["posted"] as? String == "2025-11-18", "\(path)")
            let meeting = try #require(json["meeting"] as? [String: Any])
            #expect(meeting["date"] as? String == "2025-11-19" && meeting["format"] as? String == "briefing", "\(path)")
            let paragraphs = (json["body"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "paragraph" }
            #expect(paragraphs.count == (path.hasPrefix("notes") ? 2 : 1), "\(path): no Posted line, no title left in the body")
        }
        let jekyll = try self.json("_posts/2025-11-18-iraq.markdown", in: folder)
        #expect(jekyll.stderr == "_posts/2025-11-18-iraq.markdown:6: warning: no posted date in the post; it is taken from the file name: 2025-11-18\n")
        #expect(jekyll.json["tags"] as? [String] == ["iraq", "unami"])
        #expect(try self.json("clippings/Iraq Briefing.md", in: folder).json["url"] as? String == "https://www.securitycouncilreport.org/whatsinblue/2025/11/iraq-briefing-6.php")
    }

    @Test func fromForcesTheKind() throws {
        let folder = try TemporaryFolder()
        // A pasted post whose bullets a note-taking app turned into Markdown's hyphens: it looks
        // like Markdown without a title, until --from text says what it is.
        try folder.write("notes.md", """
            Iraq: Briefing

            \(ReadingEndToEndTests.body) Members are also expected to discuss:
            - the electoral timetable;
            - the return of displaced people.
            """)
        let guessed = try WibProcess.run(["convert", "notes.md"], in: folder.url)
        #expect(guessed.status == 1)
        #expect(guessed.stderr == "notes.md:1: error: no title: Markdown gives a post its title in its front matter (title:), a pandoc title block (% Title) or a heading first\n")
        let (status, json, stderr) = try self.json("notes.md", in: folder, ["--from", "text"])
        #expect(status == 0, "\(stderr)")
        #expect(json["title"] as? String == "Iraq: Briefing")
        #expect(stderr == "notes.md:1: warning: no posted date in the post; the year is unknown, so dates written without a year stay unresolved\n")

        let json2 = try WibProcess.run(["convert", "notes.md", "--from", "json"], in: folder.url)
        #expect(json2.status == 1 && json2.stderr.hasPrefix("notes.md:1: error: not valid JSON"))
        let bad = try WibProcess.run(["convert", "notes.md", "--from", "docx"], in: folder.url)
        #expect(bad.status == 2 && bad.stderr.contains("'docx'") && bad.stderr.contains("text"))
        let badEncoding = try WibProcess.run(["convert", "notes.md", "--encoding", "klingon"], in: folder.url)
        #expect(badEncoding.status == 2 && badEncoding.stderr.contains("'klingon'"))
    }
}
