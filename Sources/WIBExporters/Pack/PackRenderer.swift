import WIBCore
import WIBMarkdown

/// Renders a pack's parts (``PackPart``) one at a time, through cmark-gfm, handing the text on
/// as it is made.
///
/// In Markdown a blank line separates parts: no part begins with what could continue the block
/// before it (a list item after a list, text after a paragraph). In HTML parts follow each other,
/// and a chart is inline SVG. A long list or table is rendered ``chunk`` items or rows at a time
/// (table rows fewer, up to ``inlineBudget`` inlines) and its pieces joined as one rendering would have them: a list in Markdown back to back (the
/// list is tight), in HTML inside one `ul` element; a table under one header row (in HTML, in
/// one `tbody`).
struct PackRenderer {
    let format: PackExporter.Format
    /// Whether the posts' sections (``PackPart/sections(count:section:)``) render on every core.
    var parallel = true
    private let renderer = MarkdownRenderer()

    /// How many posts' sections render at once (on every core) before they are handed on.
    static let sectionChunk = 64

    /// How many list items or table rows go through cmark-gfm at once.
    static let chunk = 256

    func render(_ part: PackPart, to write: (String) -> Void) {
        switch (part, format) {
        case (.blocks(let blocks), .markdown): write("\n" + renderer.render(blocks, as: .commonMark))
        case (.blocks(let blocks), .html): write(renderer.render(blocks, as: .html))
        case (.figure(let figure), .markdown): write("\n" + renderer.render(figure.markdownBlocks, as: .commonMark))
        case (.figure(let figure), .html): write(figure.html)
        case (.sections(let count, let section), _):
            let format = format
            PerPost.map(count, parallel: parallel, chunk: PackRenderer.sectionChunk, { index in
                var text = ""
                PackRenderer(format: format, parallel: false).render(.blocks(section(index))) { text += $0 }
                return text
            }, keep: { write($1) })
        case (.list(let count, let item), _):
            renderChunks(count: count, item: item, weight: { _ in 1 }, to: write, joint: .list) { items in
                .list(ListBlock(items: items, range: PackBlocks.range))
            }
        case (.table(let header, let count, let row), .markdown):
            renderChunks(count: count, item: row, weight: PackRenderer.weight, to: write, joint: .table) { rows in PackBlocks.table(header, rows) }
        case (.table(let header, let count, let row), .html):
            renderChunks(count: count, item: row, weight: PackRenderer.weight, to: { write(PackRenderer.labellingCells($0, header: header)) },
                         joint: .table) { rows in PackBlocks.table(header, rows) }
        }
    }

    /// `html` with each body cell labelled by its column's header (`<td data-label="Briefers">`),
    /// so that on a phone the page can show each row as a card of labelled lines. The cells'
    /// text cannot hold `<td` or `<tr>`: cmark-gfm writes the text's `<` as `&lt;`.
    static func labellingCells(_ html: String, header: [String]) -> String {
        let labels = header.map { " data-label=\"\(HTMLPage.escapeText($0))\"" }
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var column = 0
        var rest = Substring(html)
        while let cell = rest.range(of: "<td") {
            let before = rest[..<cell.lowerBound]
            if before.contains("<tr>") { column = 0 }
            out += before + "<td"
            if column < labels.count { out += labels[column] }
            column += 1
            rest = rest[cell.upperBound...]
        }
        return out + rest
    }

    /// What a chunk after the first leaves out at its start, and one before the last at its end.
    private enum Joint {
        case list
        case table

        /// Where the first item or row of a rendering in `format` starts: a chunk after the first
        /// leaves out what comes before (nothing for a Markdown list, whose items just follow on;
        /// the header and delimiter rows of a Markdown table).
        func firstItem(in text: Substring, format: PackExporter.Format) -> Substring.Index {
            switch (self, format) {
            case (.list, .markdown):
                return text.startIndex
            case (.list, .html):
                return text.hasPrefix("<ul>\n") ? text.index(text.startIndex, offsetBy: 5) : text.startIndex
            case (.table, .markdown):
                guard let headerEnd = text.firstIndex(of: "\n"), let delimiterEnd = text[text.index(after: headerEnd)...].firstIndex(of: "\n") else {
                    return text.startIndex
                }
                return text.index(after: delimiterEnd)
            case (.table, .html):
                return text.range(of: "<tbody>\n")?.upperBound ?? text.startIndex
            }
        }

        /// The text after the last item or row, as a chunk before the last leaves it out.
        func closing(in format: PackExporter.Format) -> String {
            switch (self, format) {
            case (_, .markdown): ""
            case (.list, .html): "</ul>\n"
            case (.table, .html): "</tbody>\n</table>\n"
            }
        }
    }

    /// How many inlines a chunk of table rows may hold before it goes through cmark-gfm: an index
    /// row can cite thousands of posts, and a chunk's tree costs some 300 bytes an inline.
    static let inlineBudget = 4_096

    /// A table row's weight against ``inlineBudget``: its cells' inlines.
    private static func weight(_ row: [[Inline]]) -> Int {
        row.reduce(0) { $0 + $1.count }
    }

    /// Renders `count` items, made by `item`, in chunks of at most ``chunk`` items or, past the
    /// first item, `weight`s adding up to ``inlineBudget``, each as the `block` of its items.
    private func renderChunks<Item>(count: Int, item: (Int) -> Item, weight: (Item) -> Int, to write: (String) -> Void, joint: Joint,
                                    block: ([Item]) -> Block) {
        var start = 0
        repeat {
            var items: [Item] = []
            var total = 0
            while start + items.count < count, items.count < PackRenderer.chunk, items.isEmpty || total < PackRenderer.inlineBudget {
                let next = item(start + items.count)
                total += weight(next)
                items.append(next)
            }
            let end = start + items.count
            var text = Substring(renderer.render([block(items)], as: format == .html ? .html : .commonMark))
            if start > 0 { text = text[joint.firstItem(in: text, format: format)...] }
            if end < count, text.hasSuffix(joint.closing(in: format)) { text = text.dropLast(joint.closing(in: format).count) }
            write((start == 0 && format == .markdown ? "\n" : "") + text)
            start = end
        } while start < count
    }
}
