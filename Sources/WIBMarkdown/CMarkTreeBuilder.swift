import CCmarkGFM
import WIBCore

/// Appends WIBKit blocks and inlines to a cmark-gfm node tree.
struct CMarkTreeBuilder {
    /// Whether the tree is written as CommonMark. Then leading and trailing spaces of a line are
    /// spelled as character references, so that they are kept (cmark-gfm would print them bare,
    /// and a reader strips them), and text is written so that GitHub's extensions read the same
    /// text: see ``AutolinkSafeText`` and ``TableDelimiterRow``.
    let writesCommonMark: Bool
    /// Whether headings with an anchor are written as HTML headings with that `id` (cmark-gfm
    /// gives headings none). The anchor is ours, made of letters, digits, `-` and `_`.
    let writesAnchors: Bool
    /// Characters of table cells that go through cmark-gfm as placeholders (see
    /// ``TableCellCharacters``).
    let cellCharacters: TableCellCharacters
    /// Whether the text being appended is in a table cell.
    var inCell = false

    /// Appends `block` as the last child of `parent`.
    mutating func append(_ block: Block, to parent: OpaquePointer) {
        switch block {
        case .heading(let heading):
            if writesAnchors, let anchor = heading.anchor, anchor.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                let node = makeNode(CMARK_NODE_CUSTOM_BLOCK)
                cmark_node_set_on_enter(node, "<h\(heading.level) id=\"\(anchor)\">")
                cmark_node_set_on_exit(node, "</h\(heading.level)>")
                appendLines(heading.content, to: node)
                cmark_node_append_child(parent, node)
                return
            }
            let node = makeNode(CMARK_NODE_HEADING)
            cmark_node_set_heading_level(node, Int32(heading.level))
            appendLines(heading.content, to: node)
            cmark_node_append_child(parent, node)
        case .paragraph(let paragraph):
            let node = makeNode(CMARK_NODE_PARAGRAPH)
            appendLines(paragraph.content, to: node)
            cmark_node_append_child(parent, node)
        case .blockQuote(let quote):
            let node = makeNode(CMARK_NODE_BLOCK_QUOTE)
            for child in quote.blocks { append(child, to: node) }
            cmark_node_append_child(parent, node)
        case .list(let list):
            let node = makeNode(CMARK_NODE_LIST)
            cmark_node_set_list_type(node, list.ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
            // A custom block's lines must stand apart, and only a loose list keeps blank lines.
            cmark_node_set_list_tight(node, writesCommonMark && list.holdsCustomBlock ? 0 : 1)
            if list.ordered { cmark_node_set_list_start(node, 1) }
            for item in list.items {
                let itemNode = makeNode(CMARK_NODE_ITEM)
                for child in item.blocks { append(child, to: itemNode) }
                cmark_node_append_child(node, itemNode)
            }
            cmark_node_append_child(parent, node)
        case .table(let table):
            appendTable(table, to: parent)
        case .thematicBreak:
            cmark_node_append_child(parent, makeNode(CMARK_NODE_THEMATIC_BREAK))
        case .codeBlock(let code):
            let node = makeNode(CMARK_NODE_CODE_BLOCK)
            cmark_node_set_fence_info(node, code.info ?? "")
            cmark_node_set_literal(node, code.literal + "\n")
            cmark_node_append_child(parent, node)
        case .custom(let custom):
            // In Markdown, between the lines of a `div` (``CustomNodeTag``); elsewhere, its blocks.
            guard writesCommonMark else {
                for child in custom.blocks { append(child, to: parent) }
                return
            }
            let tag = CustomNodeTag(element: .div, kind: custom.kind, attributes: custom.attributes)
            let node = makeNode(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(node, tag.opening)
            cmark_node_set_on_exit(node, tag.closing)
            for child in custom.blocks { append(child, to: node) }
            cmark_node_append_child(parent, node)
        }
    }

    /// Tables, rows and cells must carry the table extension, and the table its alignments,
    /// or cmark-gfm crashes while rendering.
    private mutating func appendTable(_ table: Table, to parent: OpaquePointer) {
        let ext = CMarkExtensions.shared.table
        let node = makeNode(CMarkExtensions.tableType, ext)
        let columns = UInt16(table.header.count)
        cmark_gfm_extensions_set_table_columns(node, columns)
        var alignments: [UInt8] = table.alignments.map { alignment in
            switch alignment {
            case .none: 0
            case .left: UInt8(ascii: "l")
            case .center: UInt8(ascii: "c")
            case .right: UInt8(ascii: "r")
            }
        }
        alignments.withUnsafeMutableBufferPointer { buffer in
            _ = cmark_gfm_extensions_set_table_alignments(node, columns, buffer.baseAddress)
        }
        for (index, row) in ([table.header] + table.rows).enumerated() {
            let rowNode = makeNode(CMarkExtensions.tableRowType, ext)
            if index == 0 { cmark_gfm_extensions_set_table_row_is_header(rowNode, 1) }
            for cell in row {
                let cellNode = makeNode(CMarkExtensions.tableCellType, ext)
                inCell = true
                appendLines(cell.content.map(\.withoutSoftBreaks), to: cellNode)
                inCell = false
                cmark_node_append_child(rowNode, cellNode)
            }
            cmark_node_append_child(node, rowNode)
        }
        cmark_node_append_child(parent, node)
    }

    /// Appends a block's inline content; for CommonMark, protects whitespace at the edges of each
    /// line and text from GitHub's extensions.
    private mutating func appendLines(_ inlines: [Inline], to parent: OpaquePointer) {
        appendInlines(inlines, to: parent)
        if writesCommonMark {
            protectEdgeWhitespace(in: parent)
            protectFromGitHubExtensions(in: parent, isBlock: true)
        }
    }

    /// Appends `inlines` as children of `parent`, each run of text between other nodes as one text
    /// node: cmark-gfm escapes each text node on its own (`&` is escaped only before a letter of
    /// the same node), and the passes above see a line's whole text.
    private mutating func appendInlines(_ inlines: [Inline], to parent: OpaquePointer) {
        var run = ""
        appendInlines(inlines, to: parent, run: &run)
        flush(&run, to: parent)
    }

    /// Appends `inlines` to `parent`, their text added to `run` (the text not yet in a node), which
    /// is appended as a text node before any other node.
    private mutating func appendInlines(_ inlines: [Inline], to parent: OpaquePointer, run: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text) where !text.utf8.contains(UInt8(ascii: "\n")):
                run += inCell ? cellCharacters.hiding(text) : text
            case .text(let text):
                // A line break inside a text leaf is a soft break in Markdown terms.
                for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if index > 0 { appendNode(makeNode(CMARK_NODE_SOFTBREAK), to: parent, after: &run) }
                    run += inCell ? cellCharacters.hiding(String(line)) : String(line)
                }
            case .softBreak:
                appendNode(makeNode(CMARK_NODE_SOFTBREAK), to: parent, after: &run)
            case .emphasis(let children):
                appendNode(container(CMARK_NODE_EMPH, children), to: parent, after: &run)
            case .strong(let children):
                appendNode(container(CMARK_NODE_STRONG, children), to: parent, after: &run)
            case .link(let link):
                let node = container(CMARK_NODE_LINK, link.content)
                cmark_node_set_url(node, link.destination)
                if let title = link.title { cmark_node_set_title(node, title) }
                appendNode(node, to: parent, after: &run)
            case .custom(let custom) where writesCommonMark:
                // Between the tags of a `span` (``CustomNodeTag``), written as raw HTML: a table
                // cell cannot hold a custom inline node.
                let tag = CustomNodeTag(element: .span, kind: custom.kind, attributes: custom.attributes)
                appendNode(markdown(tag.opening), to: parent, after: &run)
                appendInlines(custom.content, to: parent, run: &run)
                appendNode(markdown(tag.closing), to: parent, after: &run)
            case .quotation, .annotated, .custom:
                appendInlines(inline.children, to: parent, run: &run)
            }
        }
    }

    /// A new node of `type` holding `children`.
    private mutating func container(_ type: cmark_node_type, _ children: [Inline]) -> OpaquePointer {
        let node = makeNode(type)
        appendInlines(children, to: node)
        return node
    }

    /// Appends the text of `run`, if any, then `node`.
    private func appendNode(_ node: OpaquePointer, to parent: OpaquePointer, after run: inout String) {
        flush(&run, to: parent)
        cmark_node_append_child(parent, node)
    }

    /// Appends `run` as a text node unless it is empty, and empties it.
    private func flush(_ run: inout String, to parent: OpaquePointer) {
        guard !run.isEmpty else { return }
        cmark_node_append_child(parent, textNode(run))
        run = ""
    }

    private func textNode(_ text: String) -> OpaquePointer {
        let node = makeNode(CMARK_NODE_TEXT)
        cmark_node_set_literal(node, text)
        return node
    }

    private func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Moves spaces and tabs at the start and end of each line of `block`'s direct text children
    /// into nodes that print them as `&#32;` and `&#9;`.
    private func protectEdgeWhitespace(in block: OpaquePointer) {
        var node = cmark_node_first_child(block)
        var atLineStart = true
        while let current = node {
            let next = cmark_node_next(current)
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_SOFTBREAK {
                atLineStart = true
            } else {
                if type == CMARK_NODE_TEXT {
                    let atLineEnd = next == nil || cmark_node_get_type(next) == CMARK_NODE_SOFTBREAK
                    protect(textNode: current, leading: atLineStart, trailing: atLineEnd)
                }
                atLineStart = false
            }
            node = next
        }
    }

    private func protect(textNode: OpaquePointer, leading: Bool, trailing: Bool) {
        var text = Substring(literal(of: textNode))
        let isEdge: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let head = leading ? String(text.prefix(while: isEdge)) : ""
        text = text.dropFirst(head.count)
        let tail = trailing ? String(text.reversed().prefix(while: isEdge).reversed()) : ""
        text = text.dropLast(tail.count)
        guard !head.isEmpty || !tail.isEmpty else { return }
        cmark_node_set_literal(textNode, String(text))
        if !head.isEmpty { cmark_node_insert_before(textNode, characterReferences(head)) }
        if !tail.isEmpty { cmark_node_insert_after(textNode, characterReferences(tail)) }
    }

    /// Rewrites the text children of `container` (a block, or emphasis inside one) so that
    /// GitHub's extensions read them as CommonMark does: a paragraph line after the first that
    /// could be a table's delimiter row gets its first character escaped, and addresses that the
    /// autolink extension would link are written as ``AutolinkSafeText`` says. Link text is left
    /// alone (the extension links nothing inside a link); strikethrough (`~`) and task list
    /// markers (`[ ]`) are escaped by cmark-gfm already. `isBlock`: whether `container` is the
    /// block, whose end ends a line, rather than emphasis, whose end writes a `*`.
    private func protectFromGitHubExtensions(in container: OpaquePointer, isBlock: Bool) {
        let inParagraph = cmark_node_get_type(container) == CMARK_NODE_PARAGRAPH
        var node = cmark_node_first_child(container)
        var lineStart = true
        var firstLine = true
        while let current = node {
            let next = cmark_node_next(current)
            let type = cmark_node_get_type(current)
            let endsLine = next == nil || cmark_node_get_type(next) == CMARK_NODE_SOFTBREAK
            switch type {
            case CMARK_NODE_SOFTBREAK:
                firstLine = false
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                protectFromGitHubExtensions(in: current, isBlock: false)
            case CMARK_NODE_TEXT:
                let text = literal(of: current)
                var pieces = AutolinkSafeText.pieces(of: text, endsLine: isBlock && endsLine)
                if inParagraph, lineStart, !firstLine, endsLine, TableDelimiterRow.couldBe(text) {
                    pieces = [.markdown("\\" + text.prefix(1)), .text(String(text.dropFirst()))]
                }
                if pieces != [.text(text)] { replace(current, with: pieces) }
            default:
                break
            }
            lineStart = type == CMARK_NODE_SOFTBREAK
            node = next
        }
    }

    /// Puts `pieces` in the place of `node`, a text node.
    private func replace(_ node: OpaquePointer, with pieces: [AutolinkSafeText.Piece]) {
        for piece in pieces {
            switch piece {
            case .text(let text): cmark_node_insert_before(node, textNode(text))
            case .markdown(let markdown): cmark_node_insert_before(node, self.markdown(markdown))
            }
        }
        cmark_node_free(node)
    }

    /// A new node; cmark-gfm returns none only when memory runs out.
    private func makeNode(_ type: cmark_node_type, _ ext: OpaquePointer? = nil) -> OpaquePointer {
        guard let node = ext.map({ cmark_node_new_with_ext(type, $0) }) ?? cmark_node_new(type) else {
            fatalError("cmark-gfm could not allocate a node")
        }
        return node
    }

    private func characterReferences(_ whitespace: String) -> OpaquePointer {
        markdown(whitespace.map { $0 == "\t" ? "&#9;" : "&#32;" }.joined())
    }

    /// A node that the CommonMark writer writes as it is: raw inline HTML, which (unlike a custom
    /// inline node) a table cell may hold.
    private func markdown(_ markdown: String) -> OpaquePointer {
        let node = makeNode(CMARK_NODE_HTML_INLINE)
        cmark_node_set_literal(node, markdown)
        return node
    }
}

private extension ListBlock {
    /// Whether a custom block is inside, at any depth.
    var holdsCustomBlock: Bool {
        var finder = CustomBlockFinder()
        for item in items { finder.walk(item.blocks) }
        return finder.found
    }
}

/// Finds custom blocks.
private struct CustomBlockFinder: ASTWalker {
    var found = false

    mutating func visitCustomBlock(_ customBlock: CustomBlock) {
        found = true
    }
}

private extension Inline {
    /// A table cell holds one line: soft breaks become spaces.
    var withoutSoftBreaks: Inline {
        if case .softBreak = self { return .text(" ") }
        return replacingChildren(children.map(\.withoutSoftBreaks))
    }
}
