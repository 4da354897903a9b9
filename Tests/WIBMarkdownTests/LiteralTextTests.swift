import Testing
import WIBCore
import WIBMarkdown

/// Text that looks like Markdown or HTML must stay literal: rendered to GFM by cmark-gfm and
/// read back by cmark-gfm's parser, it gives the same text.
@Suite struct LiteralTextTests {
    static let lookalikes = [
        "* not a bullet", "_not emphasis_", "**not strong**", "# not a heading", "1. not a list", "2024. A year",
        "1) not a list either", "- not a dash item", "+ plus", "[x](y)", "![image](src)", "<script>alert(1)</script>",
        "a | b | c", "| cell |", "    four leading spaces", "  two leading spaces", "trailing spaces  ", "\ttab first",
        "> not a quote", "`not code`", "***", "---", "===", "~~not struck~~", "&amp; stays literal", "back\\slash",
        "www.example.org", "https://example.org/a_b_c", "<https://example.org>", "[^1] not a footnote", "!", "a*b*c",
        "Côte d’Ivoire — “quoted” … non\u{00A0}breaking", " ",
    ]

    @Test(arguments: lookalikes)
    func paragraphTextSurvivesRenderAndReparse(_ text: String) {
        let block = Block.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: 1)))
        let markdown = MarkdownRenderer().render([block], as: .commonMark)
        let reparsed = CommonMarkParser().parse(markdown)
        #expect(reparsed.map(\.plainText).joined() == text, "GFM was: \(markdown)")
    }

    @Test(arguments: lookalikes)
    func headingAndListTextSurvivesToo(_ text: String) {
        let heading = Block.heading(Heading(level: 2, content: [.text(text)], range: SourceRange(line: 1)))
        let item = ListItem(blocks: [.paragraph(Paragraph(content: [.text("lead"), .softBreak, .text(text)], range: SourceRange(line: 2)))],
                            range: SourceRange(line: 2))
        let list = Block.list(ListBlock(items: [item], range: SourceRange(line: 2)))
        let markdown = MarkdownRenderer().render([heading, list], as: .commonMark)
        let reparsed = CommonMarkParser().parse(markdown)
        #expect(reparsed.count == 2, "GFM was: \(markdown)")
        #expect(reparsed.first?.plainText == text, "GFM was: \(markdown)")
        #expect(reparsed.last?.plainText == "lead\n" + text, "GFM was: \(markdown)")
    }

    @Test func htmlNeverPassesRawMarkupOrUnsafeLinks() {
        let block = Block.paragraph(Paragraph(content: [
            .text("<script>alert(1)</script> <b>bold</b> "),
            .link(Link(destination: "javascript:alert(1)", content: [.text("click")])),
        ], range: SourceRange(line: 1)))
        let html = MarkdownRenderer().render([block], as: .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func parserKeepsRawHTMLAndCodeAsText() {
        let blocks = CommonMarkParser().parse("<div>raw</div>\n\nsome `code` and <em>x</em>\n\n    indented\n")
        #expect(blocks.map(\.plainText) == ["<div>raw</div>", "some code and <em>x</em>", "indented"])
    }
}
