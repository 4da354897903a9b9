import Testing
import WIBCore
import WIBMarkdown
@testable import WIBExporters

@Suite struct PackRendererTests {
    private func item(_ index: Int) -> ListItem {
        var blocks = [PackBlocks.paragraph([.strong([.text("2024-06-\(index % 28 + 1)")]), .text(" Event *\(index)* | <b> — "),
                                            .link(Link(destination: "#post-\(index)", content: [.text("Post \(index)")]))])]
        if index == 599 { blocks.append(PackBlocks.list([[.text("nested one")], [.text("nested two")]])) }
        return ListItem(blocks: blocks, range: PackBlocks.range)
    }

    /// A long list goes through cmark-gfm a few hundred items at a time; the pieces join into the
    /// text one rendering of the whole list gives.
    @Test(arguments: [PackExporter.Format.markdown, .html])
    func aLongListRenderedInChunksReadsAsOneList(_ format: PackExporter.Format) {
        let count = 600
        #expect(count > 2 * PackRenderer.chunk)
        var chunked = ""
        PackRenderer(format: format).render(.list(count: count, item: item)) { chunked += $0 }
        let whole = MarkdownRenderer().render([.list(ListBlock(items: (0..<count).map(item), range: PackBlocks.range))],
                                              as: format == .html ? .html : .commonMark)
        #expect(chunked == (format == .html ? whole : "\n" + whole))
    }

    /// A long table goes through cmark-gfm a few hundred rows at a time under one header; the
    /// pieces join into the text one rendering of the whole table gives.
    @Test(arguments: [PackExporter.Format.markdown, .html])
    func aLongTableRenderedInChunksReadsAsOneTable(_ format: PackExporter.Format) {
        let count = 2 * PackRenderer.chunk + 7
        let header = ["Date", "Cited in"]
        let row = { (index: Int) -> [[Inline]] in
            [[.text("Thu \(index % 28 + 1) Jun 2024 | *morning*")], [.link(Link(destination: "#post-\(index)", content: [.text("Post <\(index)>")]))]]
        }
        var chunked = ""
        PackRenderer(format: format).render(.table(header: header, count: count, row: row)) { chunked += $0 }
        let whole = MarkdownRenderer().render([PackBlocks.table(header, (0..<count).map(row))], as: format == .html ? .html : .commonMark)
        #expect(chunked == (format == .html ? PackRenderer.labellingCells(whole, header: header) : "\n" + whole))
    }

    /// In HTML each body cell carries its column's header, which a phone shows beside the value
    /// when the rows become cards.
    @Test func htmlCellsAreLabelledByTheirColumnsHeader() {
        let header = ["Date", "Requested \"by\""]
        let rows: [[[Inline]]] = [[[.text("Thu 28 Jun 2024")], [.text("the ROK <td> & the UK")]], [[.text("Fri 29 Jun 2024")], []]]
        let html = PackRenderer.labellingCells(MarkdownRenderer().render([PackBlocks.table(header, rows)], as: .html), header: header)
        #expect(html.contains("<th>Date</th>"), "header cells stay as they are")
        #expect(html.components(separatedBy: "<td data-label=\"Date\">").count == 3)
        #expect(html.components(separatedBy: "<td data-label=\"Requested &quot;by&quot;\">").count == 3)
        #expect(html.contains("the ROK &lt;td&gt; &amp; the UK</td>"))
    }
}
