import Testing
import WIBCore
import WIBMarkdown

@Suite struct EmphasisAndTableTests {
    func roundTrip(_ inlines: [Inline]) -> (markdown: String, blocks: [Block]) {
        let markdown = MarkdownRenderer().render([.paragraph(Paragraph(content: inlines, range: SourceRange(line: 1)))], as: .commonMark)
        return (markdown, CommonMarkParser().parse(markdown))
    }

    @Test func emphasisWithEdgeSpacesKeepsItsTextAndItsEmphasis() {
        let (markdown, blocks) = roundTrip([.text("a"), .emphasis([.text(" spaced ")]), .text("b")])
        #expect(blocks.first?.plainText == "a spaced b", "GFM was: \(markdown)")
        guard case .paragraph(let p) = blocks.first else { Issue.record("not a paragraph"); return }
        #expect(p.content.contains(.emphasis([.text("spaced")])), "GFM was: \(markdown)")
    }

    @Test func emphasisThatCannotBeDelimitedKeepsItsText() {
        // Punctuation inside, letters outside: `*` could neither open nor close here.
        let (markdown, blocks) = roundTrip([.text("x"), .emphasis([.text("“quote”")]), .text("y")])
        #expect(blocks.first?.plainText == "x“quote”y", "GFM was: \(markdown)")
        #expect(!markdown.contains("*"))
    }

    @Test func emphasisNextToPunctuationStaysEmphasis() {
        let (markdown, blocks) = roundTrip([.text("see "), .strong([.text("“Report”")]), .text(", then")])
        guard case .paragraph(let p) = blocks.first else { Issue.record("not a paragraph"); return }
        #expect(p.content.contains(.strong([.text("“Report”")])), "GFM was: \(markdown)")
    }

    @Test func emptyEmphasisDisappears() {
        let (markdown, blocks) = roundTrip([.text("a"), .emphasis([]), .strong([.text("  ")]), .text("b")])
        #expect(blocks.first?.plainText == "a  b", "GFM was: \(markdown)")
    }

    @Test func tablesRenderAsGFMAndReadBack() {
        let table = Table(alignments: [.left, .right], header: [TableCell(content: [.text("Member")]), TableCell(content: [.text("Votes | notes")])],
                          rows: [[TableCell(content: [.text("Malta")]), TableCell(content: [.emphasis([.text("yes")])])],
                                 [TableCell(content: [.text("*Ghana*")])]],
                          range: SourceRange(line: 1))
        let markdown = MarkdownRenderer().render([.table(table)], as: .commonMark)
        let back = CommonMarkParser().parse(markdown)
        guard case .table(let read) = back.first else { Issue.record("no table in \(markdown)"); return }
        #expect(read.alignments == [.left, .right])
        #expect(read.header.map(\.content.plainText) == ["Member", "Votes | notes"])
        #expect(read.rows.map { $0.map(\.content.plainText) } == [["Malta", "yes"], ["*Ghana*", ""]])
        let html = MarkdownRenderer().render([.table(table)], as: .html)
        #expect(html.contains("<table>") && html.contains("<th align=\"left\">Member</th>"))
    }

    @Test func rendersEveryFormatConcurrently() async {
        let blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Title")], range: SourceRange(line: 1))),
                               .paragraph(Paragraph(content: [.text("Body text.")], range: SourceRange(line: 2)))]
        let outputs = await withTaskGroup(of: String.self) { group in
            for index in 0..<64 {
                group.addTask { MarkdownRenderer().render(blocks, as: RenderFormat.allCases[index % RenderFormat.allCases.count]) }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outputs.count == 64)
        #expect(outputs.allSatisfy { $0.contains("Title") && $0.contains("Body text") })
        #expect(MarkdownRenderer().render(blocks, as: .plainText) == "Title\n\nBody text.\n")
        #expect(MarkdownRenderer().render(blocks, as: .latex).contains("\\section{Title}"))
        #expect(MarkdownRenderer().render(blocks, as: .man).contains(".SH\nTitle"))
    }
}
