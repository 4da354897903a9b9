import Testing
import WIBCore

@Suite struct ASTWalkerTests {
    struct TextCollector: ASTWalker {
        var texts: [String] = []
        var blockLines: [Int] = []
        mutating func visitBlock(_ block: Block) {
            blockLines.append(block.range.firstLine)
            descend(into: block)
        }
        mutating func visitInline(_ inline: Inline) {
            if case .text(let s) = inline { texts.append(s) }
            descend(into: inline)
        }
    }

    @Test func visitsEveryBlockAndTextLeafInDocumentOrder() {
        var walker = TextCollector()
        walker.walk(TraversalFixtures.body)
        #expect(walker.blockLines == [3, 5, 7, 7, 10, 10, 12, 14])
        #expect(walker.texts == ["Draft Resolution", "Members cited ", "resolution 2719", " and ", "praised ", "Malta", ".",
                                 "first", "wrapped", "“a ", "Maltese", " view”", "State", "Malta"])
    }

    @Test func postIndexesAnnotatedSpansWithTheirBlockLine() {
        let post = Post(metadata: PostMetadata(title: "T"), body: TraversalFixtures.body)
        #expect(post.entities.map(\.text) == ["resolution 2719", "Malta", "Maltese"])
        #expect(post.entities.map(\.line) == [5, 5, 10])
        #expect(post.distinctEntityIDs(of: .memberState) == ["MLT"])
    }

    @Test func plainTextJoinsLeavesAndReadsSoftBreaksAsNewlines() {
        #expect(TraversalFixtures.body[1].plainText == "Members cited resolution 2719 and praised Malta.")
        #expect(TraversalFixtures.body[2].plainText == "first\nwrapped")
        #expect(TraversalFixtures.body[4].plainText == "State\nMalta")
    }
}
