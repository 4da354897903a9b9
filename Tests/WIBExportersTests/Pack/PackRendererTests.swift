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
        #expect(count > 2 * PackRenderer.listChunk)
        var chunked = ""
        PackRenderer(format: format).render(.list(count: count, item: item)) { chunked += $0 }
        let whole = MarkdownRenderer().render([.list(ListBlock(items: (0..<count).map(item), range: PackBlocks.range))],
                                              as: format == .html ? .html : .commonMark)
        #expect(chunked == (format == .html ? whole : "\n" + whole))
    }
}
