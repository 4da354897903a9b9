import Testing
import WIBKit

@Suite struct SectionAndBoilerplateTests {
    @Test func dropSectionsDropsTheHeadingAndItsBlocks() async throws {
        let sudan = try TestPosts.sudan()
        let headings = { (post: Post) in post.body.compactMap { block -> String? in
            if case .heading = block { return block.plainText }
            return nil
        } }
        #expect(headings(sudan) == ["Background", "Key Issues and Options"])
        let corpus = try await DropSections(headings: ["background"]).transform(Corpus(posts: [sudan]), in: TransformContext())
        let kept = try #require(corpus.posts.first)
        #expect(headings(kept) == ["Key Issues and Options"])
        #expect(!kept.bodyText.contains("El Fasher"), "the section's paragraphs go with it")
        #expect(kept.body.first == sudan.body.first, "the opening paragraph stays")
        #expect(kept.body.count == sudan.body.count - 3)
    }

    @Test func aSubsectionGoesWithItsSectionButNotTheNextSection() {
        let range = SourceRange(line: 1)
        let blocks: [Block] = [
            .heading(Heading(level: 2, content: [.text("Background")], range: range)),
            .heading(Heading(level: 3, content: [.text("Earlier meetings")], range: range)),
            .paragraph(Paragraph(content: [.text("old")], range: range)),
            .heading(Heading(level: 2, content: [.text("Next steps")], range: range)),
            .paragraph(Paragraph(content: [.text("new")], range: range)),
        ]
        #expect(DropSections(headings: ["Background"]).kept(blocks).map(\.plainText) == ["Next steps", "new"])
    }

    @Test func stripBoilerplateRemovesChromeAndFurnitureParagraphs() throws {
        var sudan = try TestPosts.sudan()
        #expect(sudan.metadata.chrome.map(\.role).contains(.footer))
        let range = SourceRange(line: 30)
        sudan.body.append(.paragraph(Paragraph(content: [.text("Sign up for What’s In Blue emails")], range: range)))
        sudan.body.append(.paragraph(Paragraph(content: [.text("Share")], range: range)))
        let stripped = StripBoilerplate().stripped(sudan)
        #expect(stripped.metadata.chrome.map(\.role) == [.title])
        #expect(stripped.body.count == sudan.body.count - 2)
        #expect(stripped.metadata.tags == sudan.metadata.tags && stripped.metadata.posted == sudan.metadata.posted)
    }
}
