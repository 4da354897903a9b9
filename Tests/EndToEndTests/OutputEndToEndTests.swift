import Foundation
import Testing
import WIBTestSupport

/// `wib convert -o FILE`, standalone LaTeX, man pages and the pack's output file, as a user runs
/// them: pandoc's way, the format from the file's extension.
@Suite struct OutputEndToEndTests {
    /// A post in many scripts: curly quotes, dashes, č, é, ü, Cyrillic, Greek, Arabic, emoji.
    static let scripts = TestPaths.fixturePosts.appendingPathComponent("ukraine-briefing-many-scripts.txt").path
    static let sudan = TestPaths.examplePosts.appendingPathComponent("2025-03-12-sudan-open-briefing.txt").path

    /// A print view saved from the site, with links (`_`, `#`, `%` and a non-ASCII letter in their
    /// addresses) and a table, as a browser saves it.
    static let printView = """
        <!DOCTYPE html>
        <html lang="en-US"><head><meta charset="UTF-8">
        <title>Kosovo: Briefing : What's In Blue : Security Council Report</title>
        <link rel="canonical" href="https://www.securitycouncilreport.org/whatsinblue/2025/04/kosovo-briefing-9.php">
        </head><body class="print"><article class="post">
        <h1 class="entry-title">Kosovo: Briefing</h1>
        <p class="posted">Posted Tue 8 Apr 2025</p>
        <div class="entry-content">
        <p>Tomorrow morning (9 April), the Security Council will hold a briefing on Kosovo. Special Representative Ilinka Vučetić will brief on the mission’s latest <a href="https://undocs.org/S/2025/210">report (S/2025/210)</a> and on the <a href="https://example.org/press/sc_16031.doc.htm#para%203">press statement of 2 April</a>.</p>
        <h3>Key Issues and Options</h3>
        <table><tr><th>Year</th><th>Incidents</th></tr><tr><td>2024</td><td>41 &amp; rising</td></tr></table>
        <p>Members may refer to the <a href="https://example.org/Priština/plan">Priština plan</a> — “a first step”.</p>
        </div></article></body></html>
        """

    // MARK: - convert -o FILE

    @Test func anHTMLFileNotAFolder() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", "post.html"], in: folder.url)
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stderr)")
        #expect(folder.files() == ["post.html"])
        let page = try String(contentsOf: folder.url.appendingPathComponent("post.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<h1>Sudan: Open Briefing</h1>"))
    }

    @Test(arguments: [("post.md", "---\ntitle: 'Sudan: Open Briefing'"), ("post.JSON", "{\n  \"schemaVersion\": 1,"), ("post.txt", "Sudan: Open Briefing\n\nPosted 2025-03-12"),
                      ("post.man", ".TH \"SUDAN\" \"7\""), ("sub/post.markdown", "---\n")])
    func theExtensionNamesTheFormat(_ file: String, _ start: String) throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", file], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files() == [file])
        #expect(try String(contentsOf: folder.url.appendingPathComponent(file), encoding: .utf8).hasPrefix(start))
    }

    @Test func toSaysTheFormatWhateverTheExtension() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "--to", "json", "-o", "post.html"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("post.html"), encoding: .utf8).hasPrefix("{"))
    }

    @Test func anExistingFileIsReplacedWhole() throws {
        let folder = try TemporaryFolder()
        try folder.write("post.md", String(repeating: "an older, longer file\n", count: 500))
        let refused = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", "post.md"], in: folder.url)
        #expect(refused.status == 1, "a file wib did not write is the user's")
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", "post.md", "--overwrite"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files() == ["post.md"], "no temporary file is left")
        let again = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", "post.md"], in: folder.url)
        #expect(again.status == 0, "wib's own file is replaced without --overwrite: \(again.stderr)")
        let written = try String(contentsOf: folder.url.appendingPathComponent("post.md"), encoding: .utf8)
        #expect(written.hasPrefix("---\n") && !written.contains("an older"))
    }

    @Test func aPathWithoutAKnownExtensionOrAnExistingFolderIsAFolder() throws {
        let folder = try TemporaryFolder()
        let plain = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", "out", "-q"], in: folder.url)
        #expect(plain.status == 0, "\(plain.stderr)")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("notes.md"), withIntermediateDirectories: true)
        let existing = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", "notes.md", "--to", "html", "-q"], in: folder.url)
        #expect(existing.status == 0, "\(existing.stderr)")
        #expect(folder.files() == ["notes.md/2025-03-12-sudan-open-briefing.html", "out/2025-03-12-sudan-open-briefing.md"])
    }

    @Test func severalInputsAndOneFileIsAUsageErrorThatSaysWhatToDo() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", TestPaths.examplePosts.path, "-o", "all.md"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("-o all.md names one file, but there are 7 inputs; to write one file per post, give -o a folder (such as -o out)."), "\(result.stderr)")
        #expect(folder.files().isEmpty)
    }

    @Test func aFeedOfSeveralPostsIntoOneFileWritesNothing() throws {
        let folder = try TemporaryFolder()
        let feed = TestPaths.repository.appendingPathComponent("Examples/web/whatsinblue-feed.xml").path
        let result = try WibProcess.run(["convert", feed, "-o", "feed.tex"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the input holds "), "\(result.stderr)")
        #expect(folder.files().isEmpty)
    }

    @Test(arguments: ["brief.pdf", "brief.docx"])
    func aFormatWibDoesNotWriteIsAUsageError(_ file: String) throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "-o", file], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("-o \(file): wib does not write ."), "\(result.stderr)")
        #expect(folder.files().isEmpty)
    }

    @Test(arguments: [("md", "---\n"), ("MD", "---\n"), ("tex", "\\section{Sudan"), ("txt", "Sudan: Open Briefing\n"), ("htm", "<!DOCTYPE html>")])
    func shortFormatNames(_ name: String, _ start: String) throws {
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "--to", name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(start))
    }

    @Test func anUnknownFormatNameIsAUsageError() throws {
        let result = try WibProcess.run(["convert", OutputEndToEndTests.sudan, "--to", "pdf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'pdf'"), "\(result.stderr)")
    }

    // MARK: - man pages

    @Test func aManPageThatManShowsWithItsSections() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", OutputEndToEndTests.scripts, "-o", "ukraine.1"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("ukraine.1"), encoding: .utf8)
        #expect(page.hasPrefix(".TH \"UKRAINE\" \"1\" \"2025-04-14\" \"WIBKit\" \"What's In Blue\"\n.SH\nNAME\n"), "the section its file name gives")
        let shown: String
        if let man = ExternalTool("man") {
            let (status, output) = try man.run(["-l", "ukraine.1"], in: folder.url, environment: ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "MAN_KEEP_FORMATTING": ""])
            #expect(status == 0, "\(output)")
            shown = OutputEndToEndTests.withoutOverstrikes(output)
        } else {
            let groff = try #require(ExternalTool.groff, "\(ExternalTool.groffAbsent)")
            shown = try groff.run(["-k", "-man", "-Tutf8", "-P-cbou"], input: Data(page.utf8)).output
        }
        let lines = shown.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("UKRAINE(1)") == true && lines.first?.contains("What's In Blue") == true, "\(lines.first ?? "")")
        for heading in ["NAME", "DESCRIPTION", "Background", "Key Issues and Options", "Council Dynamics"] {
            #expect(lines.contains(heading), "“\(heading)” on a line of its own: \(shown)")
        }
        #expect(lines.contains { $0.hasPrefix("       Ukraine: Briefing on Attacks on Energy Infrastructure - Posted") || $0.hasPrefix("       Ukraine:") })
        #expect(lines.contains { $0.contains("Dvořák") }, "the text keeps its letters")
        #expect(lines.last(where: { !$0.isEmpty })?.contains("2025-04-14") == true)
    }

    /// Text with man's bold and underline (`X\bX`, `_\bX`) made plain, as `col -b` does.
    static func withoutOverstrikes(_ text: String) -> String {
        var result: [Character] = []
        for character in text {
            if character == "\u{8}" { if !result.isEmpty { result.removeLast() } } else { result.append(character) }
        }
        return String(result)
    }

    // MARK: - LaTeX

    @Test func aTeXFileIsAWholeDocument() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["convert", OutputEndToEndTests.scripts, "-o", "ukraine.tex"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let latex = try String(contentsOf: folder.url.appendingPathComponent("ukraine.tex"), encoding: .utf8)
        #expect(latex.hasPrefix("\\documentclass[11pt,a4paper]{article}\n"))
        #expect(latex.contains("\\title{Ukraine: Briefing on Attacks on Energy Infrastructure}\n\\author{What's In Blue}\n\\date{Posted 2025-04-14}\n"))
        #expect(latex.contains("Tomáš Dvořák") && latex.contains("Renée Schüller") && latex.contains("Naïve"), "letters pdflatex typesets stay")
        #expect(latex.contains("Kharkiv (Harkív)"), "Cyrillic is transliterated: \(latex)")
        #expect(latex.contains("{[}U+1F4AA{]}"), "an emoji is named")
        let fragment = try WibProcess.run(["convert", OutputEndToEndTests.scripts, "--to", "latex"])
        #expect(!fragment.stdout.contains("\\documentclass") && fragment.stdout.contains("Харків"), "standard output is a fragment, as it was")
        let standalone = try WibProcess.run(["convert", OutputEndToEndTests.scripts, "--to", "tex", "--standalone"])
        #expect(standalone.stdout == latex, "--standalone gives the same document")
    }

    @Test(.enabled(if: ExternalTool.pdflatex != nil, "\(ExternalTool.pdflatexAbsent)"), arguments: ["scripts", "print view"])
    func pdflatexCompilesIt(_ input: String) throws {
        let folder = try TemporaryFolder()
        let path = input == "scripts" ? OutputEndToEndTests.scripts : try folder.write("kosovo-print.html", OutputEndToEndTests.printView)
        let result = try WibProcess.run(["convert", path, "-o", "brief.tex"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let latex = try String(contentsOf: folder.url.appendingPathComponent("brief.tex"), encoding: .utf8)
        if input == "print view" {
            #expect(latex.contains("\\href{https://example.org/press/sc_16031.doc.htm\\#para\\%203}{press statement of 2 April}"), "\(latex)")
            #expect(latex.contains("\\begin{tabular}"))
        }
        let compiled = try #require(ExternalTool.pdflatex).compileLaTeX(latex)
        #expect(compiled.status == 0 && compiled.madePDF, "\(compiled.log.components(separatedBy: "\n").filter { $0.hasPrefix("!") })")
    }
}
