import Testing
import WIBCore

@Suite struct ASTWalkerTests {
    /// Keeps every block's first line and every text leaf, through the default hooks.
    struct TextCollector: ASTWalker {
        var texts: [String] = []
        var blockLines: [Int] = []
        mutating func defaultVisit(_ block: Block) {
            blockLines.append(block.range.firstLine)
            descend(into: block)
        }
        mutating func visitText(_ text: String) {
            texts.append(text)
        }
    }

    /// Names the hook of every node it meets, and goes on into its children.
    struct HookRecorder: ASTWalker {
        var hooks: [String] = []
        mutating func visitHeading(_ heading: Heading) { record("heading", .heading(heading)) }
        mutating func visitParagraph(_ paragraph: Paragraph) { record("paragraph", .paragraph(paragraph)) }
        mutating func visitBlockQuote(_ blockQuote: BlockQuote) { record("blockQuote", .blockQuote(blockQuote)) }
        mutating func visitList(_ list: ListBlock) { record("list", .list(list)) }
        mutating func visitTable(_ table: Table) { record("table", .table(table)) }
        mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) { record("thematicBreak", .thematicBreak(thematicBreak)) }
        mutating func visitCodeBlock(_ codeBlock: CodeBlock) { record("codeBlock", .codeBlock(codeBlock)) }
        mutating func visitCustomBlock(_ customBlock: CustomBlock) { record("custom:\(customBlock.kind)", .custom(customBlock)) }
        mutating func visitText(_ text: String) { hooks.append("text") }
        mutating func visitSoftBreak() { hooks.append("softBreak") }
        mutating func visitEmphasis(_ children: [Inline]) { record("emphasis", .emphasis(children)) }
        mutating func visitStrong(_ children: [Inline]) { record("strong", .strong(children)) }
        mutating func visitLink(_ link: Link) { record("link", .link(link)) }
        mutating func visitQuotation(_ quotation: Quotation) { record("quotation", .quotation(quotation)) }
        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) { record("annotated:\(entity.id)", .annotated(entity, children)) }
        mutating func visitCustomInline(_ customInline: CustomInline) { record("customInline:\(customInline.kind)", .custom(customInline)) }

        private mutating func record(_ hook: String, _ block: Block) {
            hooks.append(hook)
            descend(into: block)
        }

        private mutating func record(_ hook: String, _ inline: Inline) {
            hooks.append(hook)
            descend(into: inline)
        }
    }

    @Test func visitsEveryBlockAndTextLeafInDocumentOrder() {
        var walker = TextCollector()
        walker.walk(TraversalFixtures.body)
        #expect(walker.blockLines == [3, 5, 7, 7, 10, 10, 12, 14, 16, 17, 20])
        #expect(walker.texts == ["Draft Resolution", "Members cited ", "resolution 2719", " and ", "praised ", "Malta", ".",
                                 "first", "wrapped", "“a ", "Maltese", " view”", "State", "Malta", "Ask ", "Malta", " first."])
    }

    @Test func callsTheHookOfEachKindOfNode() {
        var walker = HookRecorder()
        walker.walk(TraversalFixtures.body)
        #expect(walker.hooks == [
            "heading", "text",
            "paragraph", "text", "annotated:S/RES/2719(2023)", "text", "text", "emphasis", "text", "annotated:MLT", "text", "text",
            "list", "paragraph", "text", "softBreak", "text",
            "blockQuote", "paragraph", "quotation", "text", "annotated:MLT", "text", "text",
            "table", "text", "text",
            "thematicBreak",
            "custom:editors-note", "paragraph", "text", "customInline:term", "annotated:MLT", "text", "text",
            "codeBlock",
        ])
        var strong = HookRecorder()
        strong.walk([.paragraph(Paragraph(content: [.strong([.link(Link(destination: "https://un.org", content: [.text("UN")]))])], range: SourceRange(line: 1)))])
        #expect(strong.hooks == ["paragraph", "strong", "link", "text"])
    }

    @Test func postIndexesAnnotatedSpansWithTheirBlockLine() {
        let post = Post(metadata: PostMetadata(title: "T"), body: TraversalFixtures.body)
        #expect(post.entities.map(\.text) == ["resolution 2719", "Malta", "Maltese", "Malta"])
        #expect(post.entities.map(\.line) == [5, 5, 10, 17], "a span inside a custom block and span is indexed too")
        #expect(post.distinctEntityIDs(of: .memberState) == ["MLT"])
    }

    @Test func plainTextJoinsLeavesAndReadsSoftBreaksAsNewlines() {
        #expect(TraversalFixtures.body[1].plainText == "Members cited resolution 2719 and praised Malta.")
        #expect(TraversalFixtures.body[2].plainText == "first\nwrapped")
        #expect(TraversalFixtures.body[4].plainText == "State\nMalta")
        #expect(TraversalFixtures.body[6].plainText == "Ask Malta first.", "a custom block's text is its blocks' text")
    }
}
