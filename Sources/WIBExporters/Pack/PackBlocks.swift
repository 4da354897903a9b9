import WIBCore

/// Small builders for the blocks a pack is made of. Packs are generated, so their blocks point
/// at line 1 of no source.
enum PackBlocks {
    static let range = SourceRange(line: 1)

    static func heading(_ level: Int, _ text: String, anchor: String? = nil) -> Block {
        .heading(Heading(level: level, content: [.text(text)], range: range, anchor: anchor))
    }

    static func paragraph(_ content: [Inline]) -> Block {
        .paragraph(Paragraph(content: content, range: range))
    }

    /// A bulleted list of one-paragraph items.
    static func list(_ items: [[Inline]]) -> Block {
        .list(ListBlock(items: items.map { ListItem(blocks: [paragraph($0)], range: range) }, range: range))
    }

    /// A table of inline cells.
    static func table(_ header: [String], _ rows: [[[Inline]]]) -> Block {
        .table(Table(header: header.map { TableCell(content: [.text($0)]) }, rows: rows.map { $0.map { TableCell(content: $0) } }, range: range))
    }
}
