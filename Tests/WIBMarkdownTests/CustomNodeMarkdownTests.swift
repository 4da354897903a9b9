import Testing
import WIBCore
import WIBMarkdown

/// Custom blocks and spans in WIBKit's Markdown: written between HTML tags that viewers do not
/// show, and read back into the same nodes.
@Suite struct CustomNodeMarkdownTests {
    static let line = SourceRange(line: 1)

    static func paragraph(_ content: [Inline], line: Int = 1) -> Block {
        .paragraph(Paragraph(content: content, range: SourceRange(line: line)))
    }

    static let gloss = Inline.custom(CustomInline(kind: "gloss", attributes: ["lang": "fr"], content: [.text("chargé d’affaires")]))

    /// Every custom node of some blocks, as "kind {attributes} text", in document order.
    struct Census: ASTWalker {
        var nodes: [String] = []

        mutating func visitCustomBlock(_ customBlock: CustomBlock) {
            nodes.append("\(customBlock.kind) \(customBlock.attributes.sorted { $0.key < $1.key }) \(Block.custom(customBlock).plainText)")
            descend(into: .custom(customBlock))
        }

        mutating func visitCustomInline(_ customInline: CustomInline) {
            nodes.append("\(customInline.kind) \(customInline.attributes.sorted { $0.key < $1.key }) \(customInline.content.plainText)")
            descend(into: .custom(customInline))
        }

        static func of(_ blocks: [Block]) -> [String] {
            var census = Census()
            census.walk(blocks)
            return census.nodes
        }
    }

    @Test func blocksGoBetweenDivLinesAndSpansBetweenSpanTags() {
        let box = Block.custom(CustomBlock(kind: "sanctions-box", attributes: ["regime": "Yemen", "committee": "2140"],
                                           blocks: [Self.paragraph([.text("The "), Self.gloss, .text(" briefed.")])], range: Self.line))
        let markdown = MarkdownRenderer().render([box], as: .commonMark)
        #expect(markdown == """
            <div data-wib="sanctions-box" data-wib-committee="2140" data-wib-regime="Yemen">

            The <span data-wib="gloss" data-wib-lang="fr">chargé d’affaires</span> briefed.

            </div>

            """)
        let read = CommonMarkParser().parse(markdown)
        #expect(read == [.custom(CustomBlock(kind: "sanctions-box", attributes: ["regime": "Yemen", "committee": "2140"],
                                             blocks: [Self.paragraph([.text("The "), Self.gloss, .text(" briefed.")], line: 3)],
                                             range: SourceRange(firstLine: 1, lastLine: 5)))])
    }

    @Test func readsBackWhereverACustomNodeStands() {
        let inner = Block.custom(CustomBlock(kind: "empty", blocks: [], range: Self.line))
        let blocks: [Block] = [
            .heading(Heading(level: 2, content: [.text("Heading with "), Self.gloss], range: Self.line)),
            .list(ListBlock(items: [
                ListItem(blocks: [.custom(CustomBlock(kind: "note", blocks: [Self.paragraph([.text("first in the item")])], range: Self.line)),
                                  Self.paragraph([.text("after it")])], range: Self.line),
                ListItem(blocks: [Self.paragraph([.text("second item")])], range: Self.line),
            ], range: Self.line)),
            .blockQuote(BlockQuote(blocks: [.custom(CustomBlock(kind: "quoted", blocks: [Self.paragraph([.text("in a quote")]), inner], range: Self.line))],
                                   range: Self.line)),
            .table(Table(header: [TableCell(content: [Self.gloss])], rows: [[TableCell(content: [.text("cell "), Self.gloss])]], range: Self.line)),
            Self.paragraph([.emphasis([.text("stressed "), Self.gloss]), .text(" and "), .link(Link(destination: "https://un.org", content: [Self.gloss]))]),
            .custom(CustomBlock(kind: "outer", blocks: [.custom(CustomBlock(kind: "middle", blocks: [Self.paragraph([
                .custom(CustomInline(kind: "a", content: [.text("x "), .custom(CustomInline(kind: "b", content: [.text("y")]))])),
            ])], range: Self.line))], range: Self.line)),
        ]
        let markdown = MarkdownRenderer().render(blocks, as: .commonMark)
        let read = CommonMarkParser().parse(markdown)
        #expect(MarkdownRenderer().render(read, as: .commonMark) == markdown, "written again, the same bytes:\n\(markdown)")
        #expect(Census.of(read) == Census.of(blocks), "\(markdown)")
        #expect(Census.of(read).count == 12)
        #expect(read.map(\.plainText) == blocks.map(\.plainText))
        #expect(CommonMarkParser(dialect: .gitHub).parse(markdown) == read, "GitHub's extensions read the same")
    }

    static let oddNames: [(kind: String, attributes: [String: String])] = [
        ("with space & “quotes”", ["": "empty name", "under_score": "x", "camelCase": "y", "dot.ted-dash": "z"]),
        ("日本", ["名前": "値", "colon:name": "a|b|c"]),
        ("kind", ["value": "\"quoted\" <b>bold</b> &amp; a & b\nnext line\ttab \r end"]),
        ("", ["data-wib": "a name like the kind's"]),
    ]

    @Test(arguments: oddNames)
    func anyKindNameAndValueReadsBack(_ kind: String, _ attributes: [String: String]) {
        let span = Inline.custom(CustomInline(kind: kind, attributes: attributes, content: [.text("text")]))
        let blocks: [Block] = [
            .custom(CustomBlock(kind: kind, attributes: attributes, blocks: [Self.paragraph([span])], range: Self.line)),
            .table(Table(header: [TableCell(content: [span])], rows: [[TableCell(content: [.text("a | b "), span])]], range: Self.line)),
        ]
        let markdown = MarkdownRenderer().render(blocks, as: .commonMark)
        let read = CommonMarkParser().parse(markdown)
        #expect(Census.of(read) == Census.of(blocks), "\(markdown)")
        #expect(MarkdownRenderer().render(read, as: .commonMark) == markdown)
    }

    @Test func aLineBreakOpeningASpanIsWrittenBeforeIt() {
        let span = Inline.custom(CustomInline(kind: "gloss", content: [.softBreak, .text("wrapped")]))
        let markdown = MarkdownRenderer().render([Self.paragraph([.text("lead")]), .list(ListBlock(items: [
            ListItem(blocks: [Self.paragraph([span, .text(" on")])], range: Self.line),
        ], range: Self.line))], as: .commonMark)
        let read = CommonMarkParser().parse(markdown)
        #expect(Census.of(read) == ["gloss [] wrapped"], "\(markdown)")
        #expect(read.last?.plainText == "wrapped on", "a line break at the start of an item is not kept by Markdown")
    }

    @Test(arguments: [gloss, .link(Link(destination: "https://un.org", content: [.text("UN")]))])
    func emphasisAroundTagsIsJudgedByTheCharactersWritten(_ inner: Inline) {
        // `*` before `<` or `[` opens only after a space or punctuation.
        for (before, after, kept) in [("a", "b", false), ("a ", " b", true), ("(", ")", true)] {
            let content: [Inline] = [.text(before), .emphasis([inner]), .text(after)]
            let markdown = MarkdownRenderer().render([Self.paragraph(content)], as: .commonMark)
            let read = CommonMarkParser().parse(markdown)
            #expect(read.first?.plainText == content.plainText, "\(markdown)")
            #expect(!markdown.contains("\\*"), "no literal asterisk: \(markdown)")
            guard case .paragraph(let paragraph)? = read.first else { continue }
            #expect(paragraph.content.contains(.emphasis([inner])) == kept, "\(markdown)")
        }
    }

    @Test func otherHTMLStaysText() {
        let read = CommonMarkParser().parse("""
            <div class="note">

            A note.

            </div>

            <div data-wib="unclosed">

            Text <span data-wib="open">never closed.

            <div data-wib="box">

            <div class="inside">

            </div>

            </div>
            """)
        #expect(read.map(\.plainText) == ["<div class=\"note\">", "A note.", "</div>", "<div data-wib=\"unclosed\">",
                                          "Text <span data-wib=\"open\">never closed.", "<div class=\"inside\">\n</div>"])
        #expect(Census.of(read) == ["box [] <div class=\"inside\">\n</div>"], "another's div inside ours is closed by its own closing tag")
    }

    @Test func deepNestingStaysBoundedAndText() {
        let depth = 5_000
        let blocks = CommonMarkParser().parse(String(repeating: "<div data-wib=\"x\">\n\n", count: depth) + "core\n\n"
                                              + String(repeating: "</div>\n\n", count: depth))
        var deepest = 0
        var node = blocks.first
        while case .custom(let custom)? = node {
            deepest += 1
            node = custom.blocks.first
        }
        #expect(deepest == CommonMarkParser.maximumDepth + 1)
        #expect(blocks.map(\.plainText).joined(separator: "\n").contains("core"))
        let spans = CommonMarkParser().parse(String(repeating: "<span data-wib=\"y\">", count: depth) + "core" + String(repeating: "</span>", count: depth))
        #expect(Census.of(spans).count == CommonMarkParser.maximumDepth)
        #expect(spans.first?.plainText.hasSuffix("core" + String(repeating: "</span>", count: depth - CommonMarkParser.maximumDepth)) == true)
    }

    @Test(arguments: [RenderFormat.html, .latex, .man, .plainText])
    func otherFormatsShowTheContentAlone(_ format: RenderFormat) {
        let box = Block.custom(CustomBlock(kind: "sanctions-box", attributes: ["regime": "Yemen"],
                                           blocks: [Self.paragraph([.text("The "), Self.gloss, .text(" briefed.")])], range: Self.line))
        let output = MarkdownRenderer().render([box], as: format)
        #expect(output.contains("briefed"))
        #expect(!output.contains("data-wib") && !output.contains("sanctions-box") && !output.contains("Yemen"))
    }
}
