import WIBCore
import WIBMarkdown

/// Renders a pack's parts (``PackPart``) one at a time, through cmark-gfm, handing the text on
/// as it is made.
///
/// In Markdown a blank line separates parts: no part begins with what could continue the block
/// before it (a list item after a list, text after a paragraph). In HTML parts follow each other,
/// and a chart is inline SVG. A long list is rendered ``listChunk`` items at a time and its
/// pieces joined as one rendering would have them: in Markdown back to back (the list is tight),
/// in HTML inside one `ul` element.
struct PackRenderer {
    /// The format written.
    let format: PackExporter.Format
    private let renderer = MarkdownRenderer()

    /// How many list items go through one cmark-gfm tree.
    static let listChunk = 256

    /// Hands `part`'s text to `write`.
    func render(_ part: PackPart, to write: (String) -> Void) {
        switch (part, format) {
        case (.blocks(let blocks), .markdown): write("\n" + renderer.render(blocks, as: .commonMark))
        case (.blocks(let blocks), .html): write(renderer.render(blocks, as: .html))
        case (.figure(let figure), .markdown): write("\n" + renderer.render(figure.markdownBlocks, as: .commonMark))
        case (.figure(let figure), .html): write(figure.html)
        case (.list(let count, let item), _): renderList(count: count, item: item, to: write)
        }
    }

    private func renderList(count: Int, item: (Int) -> ListItem, to write: (String) -> Void) {
        let (open, close) = ("<ul>\n", "</ul>\n")
        var start = 0
        repeat {
            let end = min(start + PackRenderer.listChunk, count)
            let list = Block.list(ListBlock(items: (start..<end).map(item), range: PackBlocks.range))
            switch format {
            case .markdown:
                write((start == 0 ? "\n" : "") + renderer.render([list], as: .commonMark))
            case .html:
                var html = Substring(renderer.render([list], as: .html))
                if start > 0, html.hasPrefix(open) { html = html.dropFirst(open.count) }
                if end < count, html.hasSuffix(close) { html = html.dropLast(close.count) }
                write(String(html))
            }
            start = end
        } while start < count
    }
}
