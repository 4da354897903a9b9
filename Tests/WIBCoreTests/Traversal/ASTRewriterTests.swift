import Testing
import WIBCore

@Suite struct ASTRewriterTests {
    /// Drops headings, and replaces annotated spans by their children.
    struct Simplifier: ASTRewriter {
        func rewriteBlock(_ block: Block) -> [Block] {
            if case .heading = block { return [] }
            return [rewritingChildren(of: block)]
        }
        func rewriteInline(_ inline: Inline) -> [Inline] {
            if case .annotated(_, let children) = inline { return rewrite(children) }
            return [rewritingChildren(of: inline)]
        }
    }

    @Test func rewritesNestedNodesAndKeepsTheText() {
        let post = Post(metadata: PostMetadata(title: "T"), body: TraversalFixtures.body)
        let simplified = post.rewritten(by: Simplifier())
        #expect(simplified.body.count == post.body.count - 1)
        #expect(simplified.entities.isEmpty)
        #expect(simplified.bodyText == post.body.dropFirst().map(\.plainText).joined(separator: "\n\n"))
    }

    @Test func defaultRewriterChangesNothing() {
        struct Identity: ASTRewriter {}
        #expect(Identity().rewrite(TraversalFixtures.body) == TraversalFixtures.body)
    }
}
