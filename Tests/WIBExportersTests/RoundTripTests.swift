import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBMarkdown
import WIBReaders
import WIBTestSupport

/// Our Markdown and our JSON read back into the same tree: read → write → read gives an equal
/// tree and byte-identical output, for every example, fixture and corpus post. Our Markdown also
/// reads the same on GitHub, whose cmark-gfm adds the autolink, table, strikethrough and task list
/// extensions to what WIBKit's reader uses.
@Suite struct RoundTripTests {
    private func read(_ text: String, path: String) throws -> Post {
        let posts = try PostReader().read(bytes: Array(text.utf8), path: path)
        try #require(posts.count == 1)
        return StandardAnnotators.annotate(posts[0])
    }

    /// The blocks of a Markdown body as `dialect` reads them, written as cmark-gfm's XML (which
    /// leaves out source lines), with the links that GitHub puts around bare addresses taken out.
    private func reading(_ body: String, as dialect: CommonMarkParser.Dialect) -> String {
        MarkdownRenderer().render(CommonMarkParser(dialect: dialect).parse(body).rewritten(by: AddressLinksAsText()), as: .xml)
    }

    /// Turns a link whose text is its own address (as GitHub's autolinker makes them: the text,
    /// `http://` and the text, or `mailto:` and the text) into that text.
    private struct AddressLinksAsText: ASTRewriter {
        mutating func visitLink(_ link: Link) -> [Inline] {
            if link.content.count == 1, case .text(let text) = link.content[0], [text, "http://" + text, "mailto:" + text].contains(link.destination) {
                return [.text(text)]
            }
            return defaultVisit(.link(link))
        }
    }

    @Test(arguments: TestPaths.allPosts)
    func markdown(_ url: URL) throws {
        let original = StandardAnnotators.annotate(try TestPaths.read(url))
        let written = try MarkdownExporter().export(original)
        let first = try read(written, path: "post.md")
        let rewritten = try MarkdownExporter().export(first)
        #expect(rewritten == written, "\(url.lastPathComponent): writing what was read gives the same bytes")
        #expect(try read(rewritten, path: "post.md") == first, "\(url.lastPathComponent): and reads back to the same tree")
        // What Markdown cannot hold is gone, but the words and what the post says of itself stay.
        #expect(first.metadata.title == original.metadata.title && first.metadata.posted == original.metadata.posted)
        #expect(first.meetings == original.meetings)
        #expect(first.entities.map(\.entity) == original.entities.map(\.entity), "\(url.lastPathComponent): annotating again finds the same entities")
        #expect(first.body.map(\.plainText) == original.body.map(\.plainText))
        // GitHub reads the same blocks and text (it may link a bare address).
        let body = try MarkdownExporterTests.split(written).body
        #expect(reading(body, as: .gitHub) == reading(body, as: .wibKit), "\(url.lastPathComponent): GitHub reads what WIBKit reads")
    }

    @Test func markdownWithTwoMeetings() throws {
        var original = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        original.meetings.append(Meeting(date: CalendarDate(iso: "2025-03-14"), timeOfDay: .afternoon, format: "consultations",
                                         agendaItem: "Reports of the Secretary-General on the Sudan and South Sudan",
                                         requestedBy: ["GBR", "FRA"], briefers: [Briefer(name: "Amara Velasquez", title: "Special Envoy")]))
        let written = try MarkdownExporter().export(original)
        let first = try read(written, path: "post.md")
        #expect(first.meetings == original.meetings)
        #expect(try MarkdownExporter().export(first) == written, "writing what was read gives the same bytes")
    }

    @Test(arguments: TestPaths.allPosts)
    func json(_ url: URL) throws {
        let original = StandardAnnotators.annotate(try TestPaths.read(url))
        let written = try JSONExporter().export(original)
        let first = try PostReader().read(bytes: Array(written.utf8), path: "post.json")
        #expect(first == [original], "\(url.lastPathComponent): JSON holds the whole tree")
        #expect(try JSONExporter().export(first[0]) == written)
    }
}
