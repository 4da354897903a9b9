import Testing
import WIBCore

@Suite struct ASTRewriterTests {
    /// Drops headings, and replaces annotated spans by their children.
    struct Simplifier: ASTRewriter {
        func visitHeading(_ heading: Heading) -> [Block] { [] }
        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> [Inline] { rewrite(children) }
    }

    /// Numbers the headings it keeps and counts the breaks it drops: a rewriter with state, as a
    /// struct.
    struct Numbering: ASTRewriter {
        var headings = 0
        var droppedBreaks = 0
        mutating func visitHeading(_ heading: Heading) -> [Block] {
            headings += 1
            var numbered = heading
            numbered.content = [.text("\(headings). ")] + rewrite(heading.content)
            return [.heading(numbered)]
        }
        mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) -> [Block] {
            droppedBreaks += 1
            return []
        }
    }

    @Test func rewritesNestedNodesAndKeepsTheText() {
        let post = Post(metadata: PostMetadata(title: "T"), body: TraversalFixtures.body)
        let simplified = post.rewritten(by: Simplifier())
        #expect(simplified.body.count == post.body.count - 1)
        #expect(simplified.entities.isEmpty, "spans inside custom nodes are unwrapped too")
        #expect(simplified.bodyText == post.body.dropFirst().map(\.plainText).joined(separator: "\n\n"))
    }

    @Test func aStructRewriterKeepsWhatItCounted() {
        let post = Post(metadata: PostMetadata(title: "T"), body: TraversalFixtures.body + [.heading(Heading(level: 2, content: [.text("Next")], range: SourceRange(line: 22)))])
        var numbering = Numbering()
        let numbered = post.rewritten(by: &numbering)
        #expect(numbering.headings == 2 && numbering.droppedBreaks == 1)
        #expect(numbered.body.compactMap { if case .heading(let h) = $0 { h.content.plainText } else { nil } } == ["1. Draft Resolution", "2. Next"])
        #expect(post.rewritten(by: Numbering()).body == numbered.body, "a copy of the rewriter starts from its own state")
    }

    @Test func splitsAndReplacesCustomNodes() {
        /// Turns `term` spans into their text in emphasis, and splits a custom block into its blocks.
        struct Unbox: ASTRewriter {
            mutating func visitCustomBlock(_ customBlock: CustomBlock) -> [Block] { rewrite(customBlock.blocks) }
            mutating func visitCustomInline(_ customInline: CustomInline) -> [Inline] { [.emphasis(rewrite(customInline.content))] }
        }
        let rewritten = TraversalFixtures.body.rewritten(by: Unbox())
        #expect(rewritten.count == TraversalFixtures.body.count)
        guard case .paragraph(let paragraph) = rewritten[6] else {
            Issue.record("the custom block's paragraph takes its place")
            return
        }
        #expect(paragraph.content == [.text("Ask "), .emphasis([.annotated(TraversalFixtures.state, [.text("Malta")])]), .text(" first.")])
    }

    @Test func defaultRewriterChangesNothing() {
        struct Identity: ASTRewriter {}
        #expect(TraversalFixtures.body.rewritten(by: Identity()) == TraversalFixtures.body)
    }
}
