import Testing
import WIBCore
import WIBReaders

/// The kind of an input comes from its content; the extension only decides between plain text
/// and Markdown when the content does not, and `--from` (``PostReader/kind``) overrides both.
@Suite struct InputKindTests {
    func kind(_ text: String, _ path: String) throws -> InputKind {
        InputKind.detect(try SourceText(text: text, path: path))
    }

    static let body = "Tomorrow afternoon (22 October), the Security Council will hold consultations on Lebanon."
    static let sitePost = "What's In Blue\n\nPosted Tue 21 Oct 2025\n  • Print\n\nLebanon: Consultations\n\n\(body)\n\nSign up for What's In Blue emails\n"
    static let browserCopy = "Lebanon: Consultations\nPosted Tue 21 Oct 2025\n\n\(body)\n"
    static let printView = "Lebanon: Consultations\n\n\(body)\nTags: , ,\n\nSign up for What's In Blue emails\n"
    static let pasted = "Lebanon: Consultations\n\n\(body)\n\nMembers may ask about the “blue line” – and about the mission’s drawdown.\n"

    @Test(arguments: ["post.md", "post.markdown", "post.MD", "post.txt", "post"])
    func aPostCopiedFromTheSiteIsPlainTextWhateverItsExtension(_ path: String) throws {
        for text in [InputKindTests.sitePost, InputKindTests.browserCopy, InputKindTests.printView, InputKindTests.pasted] {
            #expect(try kind(text, path) == .plainText, "\(path): \(text.prefix(40))")
        }
    }

    @Test func aPlainTextPostSavedAsMarkdownReadsAsTheTextFileDoes() throws {
        for text in [InputKindTests.sitePost, InputKindTests.browserCopy, InputKindTests.pasted] {
            let asText = try PostReader().read(bytes: Array(text.utf8), path: "2025-10-21-lebanon.txt")
            let asMarkdown = try PostReader().read(bytes: Array(text.utf8), path: "2025-10-21-lebanon.md")
            #expect(asMarkdown.map(\.metadata.title) == ["Lebanon: Consultations"])
            #expect(asMarkdown.map(\.body) == asText.map(\.body))
            #expect(asMarkdown.map(\.metadata.posted) == [CalendarDate(iso: "2025-10-21")])
        }
    }

    @Test(arguments: [
        "---\ntitle: Lebanon\n---\n\ntext\n",
        "% Lebanon: Consultations\n% Nadia Ferreira\n% 21 October 2025\n\n\(body)\n",
        "# Lebanon: Consultations\n\nPosted Tue 21 Oct 2025\n\n\(body)\n",
        "\n\n## Lebanon: Consultations\n\n\(body)\n",
        "Lebanon: Consultations\n======================\n\n\(body)\n",
    ])
    func markdownOpeningsAreMarkdownWhateverTheExtension(_ text: String) throws {
        for path in ["post.md", "post.txt", "-"] {
            #expect(try kind(text, path) == .markdown, "\(path)")
        }
    }

    @Test(arguments: [
        "Notes on Lebanon\n\n- the mission\n- the blue line\n",
        "Notes on Lebanon\n\nSee [the report](https://example.org/report) and **the map**.\n",
        "Notes on Lebanon\n\n> A quotation.\n",
        "Notes on Lebanon\n\n1. First point\n2. Second point\n",
        "Notes on Lebanon\n\n| Date | Meeting |\n|---|---|\n",
    ])
    func aMarkdownFileWithMarkdownInItIsMarkdownButATextFileIsNot(_ text: String) throws {
        #expect(try kind(text, "notes.md") == .markdown)
        #expect(try kind(text, "notes.txt") == .plainText)
    }

    @Test func markdownWithoutATitleSaysHowToGiveOne() {
        let error = #expect(throws: Diagnostic.self) {
            try PostReader().read(bytes: Array("Notes on Lebanon\n\n- the mission\n- the blue line\n".utf8), path: "notes.md")
        }
        #expect(error?.description == "notes.md:1: error: no title: Markdown gives a post its title in its front matter (title:), a pandoc title block (% Title) or a heading first")
    }

    @Test func pagesFeedsAndJSONAreStillRecognised() throws {
        #expect(try kind("{\"schemaVersion\": 1}", "x.md") == .json)
        #expect(try kind("<!DOCTYPE html><html></html>", "x.txt") == .html)
        #expect(try kind("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", "x.md") == .feed)
    }

    @Test func eachKindHasAShortNameThatNamesItBack() {
        #expect(InputKind.allCases.map(\.name) == ["text", "html", "feed", "markdown", "json"])
        for kind in InputKind.allCases {
            #expect(InputKind(name: kind.name) == kind)
            #expect(InputKind(name: kind.name.uppercased()) == kind)
        }
        #expect(InputKind(name: "md") == .markdown && InputKind(name: "txt") == .plainText && InputKind(name: "rss") == .feed)
        #expect(InputKind(name: "docx") == nil)
    }

    @Test func aKindGivenOverridesTheContent() throws {
        let text = "# Lebanon: Consultations\n\nPosted Tue 21 Oct 2025\n\n\(InputKindTests.body)\n"
        let forced = try PostReader(kind: .plainText).read(bytes: Array(text.utf8), path: "post.md")
        #expect(forced.map(\.metadata.title) == ["# Lebanon: Consultations"], "read as the text it is, # and all")
        let error = #expect(throws: Diagnostic.self) {
            try PostReader(kind: .json).read(bytes: Array(InputKindTests.sitePost.utf8), path: "post.txt")
        }
        #expect(error?.description.hasPrefix("post.txt:1: error: not valid JSON") == true)
    }

    @Test func ambiguousTextNeverCrashes() throws {
        let pieces = ["---", "%", "#", "# T", "=====", "Posted Tue 21 Oct 2025", "  • Print", "Tags: a", "- item", "> q", "```", "|a|", "",
                      "Sign up for What's In Blue emails", "The Council meets.", "**x**", "[a](b)", "---\ntitle: [", "date: x"]
        var generator = SeededGenerator(seed: 0xC0FFEE)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "\n")
            for path in ["p.md", "p.txt"] {
                do throws(Diagnostic) {
                    let posts = try PostReader().read(bytes: Array(text.utf8), path: path)
                    #expect(!posts.isEmpty)
                } catch {
                    #expect(error.path == path && error.line != nil && error.severity == .error, "\(error)")
                }
            }
        }
    }
}
