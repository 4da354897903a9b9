import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBReaders
import WIBTestSupport

/// Our Markdown and our JSON read back into the same tree: read → write → read gives an equal
/// tree and byte-identical output, for every example and corpus post.
@Suite struct RoundTripTests {
    private func read(_ text: String, path: String) throws -> Post {
        let posts = try PostReader().read(bytes: Array(text.utf8), path: path)
        try #require(posts.count == 1)
        return StandardAnnotators.annotate(posts[0])
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
    }

    @Test func markdownWithTwoMeetings() throws {
        var original = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        original.meetings.append(Meeting(date: CalendarDate(iso: "2025-03-14"), timeOfDay: "afternoon", format: "consultations",
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
