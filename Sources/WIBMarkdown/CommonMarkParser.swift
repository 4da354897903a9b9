import Foundation
import CCmarkGFM
import WIBCore

/// Reads CommonMark/GFM text into WIBKit blocks through cmark-gfm's parser.
///
/// Two dialects: WIBKit's own (tables and strikethrough), which `MarkdownPostReader` reads
/// with, and GitHub's (`cmark-gfm -e autolink -e table -e strikethrough -e tasklist`), to see
/// Markdown as GitHub shows it. The Markdown that ``MarkdownRenderer`` writes reads as the same
/// blocks and text in both; GitHub only adds links around bare addresses.
///
/// Markdown that WIBKit's AST has no node for is kept as text: code becomes plain text, raw HTML
/// becomes literal text (never markup), images become links, strikethrough keeps its text. The
/// one HTML read as markup is WIBKit's own for custom nodes (``CustomBlock``, ``CustomInline``):
/// a `<div data-wib="KIND" …>` line and its `</div>` line around blocks, a `<span
/// data-wib="KIND" …>` tag and its `</span>` around inlines, as the renderer writes them; an
/// opening tag with no closing tag stays text.
/// Containers nested deeper than ``maximumDepth`` keep their text as one paragraph, and custom
/// nodes that deep stay text, so that hostile nesting cannot exhaust the stack.
public struct CommonMarkParser: Sendable {
    /// Which of cmark-gfm's extensions a parser reads with.
    public enum Dialect: Sendable, Hashable, CaseIterable {
        /// CommonMark with the table and strikethrough extensions, as WIBKit reads Markdown: GFM
        /// tables become tables, `~~struck~~` text keeps its words. A bare address stays the text
        /// it is (GitHub shows that same text as a link; reading a link would change the tree
        /// that WIBKit wrote), and so does a list item's leading `[ ]` or `[x]` (GitHub draws a
        /// checkbox, which the AST cannot hold).
        case wibKit
        /// What GitHub reads: also the autolink extension (a bare `www.`, `http://`, `https://`,
        /// `ftp://` or email address becomes a link whose text is the address) and the task list
        /// extension (a list item starting `[ ]`, `[x]` or `[X]` loses that marker, which
        /// GitHub draws as a checkbox the AST cannot hold).
        case gitHub
    }

    /// How deeply quotes, lists and inline containers nest in the tree read.
    public static let maximumDepth = 48

    /// The extensions read with.
    public let dialect: Dialect

    /// Creates a parser for `dialect` (WIBKit's own unless told).
    public init(dialect: Dialect = .wibKit) {
        self.dialect = dialect
    }

    /// Parses `markdown`; block line numbers are counted from `firstLine`.
    public func parse(_ markdown: String, firstLine: Int = 1) -> [Block] {
        guard let document = document(of: markdown) else { return [] }
        defer { cmark_node_free(document) }
        return blocks(of: children(of: document), lineOffset: firstLine - 1, depth: 0)
    }

    /// Held while a cmark-gfm parser lives: cmark-gfm keeps the characters its extensions look
    /// for (`~` for strikethrough) in one table for the whole process, added as a parser starts
    /// and taken away as it ends, so that two parsers at once make each other miss them.
    private static let parsing = NSLock()

    /// cmark-gfm's document of `markdown`, read with the dialect's extensions; `nil` when it runs
    /// out of memory. The caller frees it.
    private func document(of markdown: String) -> OpaquePointer? {
        let extensions = CMarkExtensions.shared
        return CommonMarkParser.parsing.withLock {
            guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
            defer { cmark_parser_free(parser) }
            let attached = switch dialect {
            case .wibKit: [extensions.table, extensions.strikethrough]
            case .gitHub: [extensions.autolink, extensions.table, extensions.strikethrough, extensions.tasklist]
            }
            for ext in attached { cmark_parser_attach_syntax_extension(parser, ext) }
            var utf8 = Array(markdown.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// The blocks of sibling nodes; a custom block's `div` lines and the nodes between them
    /// become the custom block.
    private func blocks(of nodes: [OpaquePointer], lineOffset: Int, depth: Int) -> [Block] {
        let closings = TagPairs(nodes, element: .div, literal: { cmark_node_get_type($0) == CMARK_NODE_HTML_BLOCK ? literal(of: $0) : nil })
        return blocks(of: nodes[...], closings: closings, lineOffset: lineOffset, depth: depth)
    }

    private func blocks(of nodes: ArraySlice<OpaquePointer>, closings: TagPairs, lineOffset: Int, depth: Int) -> [Block] {
        var result: [Block] = []
        var index = nodes.startIndex
        while index < nodes.endIndex {
            let node = nodes[index]
            if depth <= CommonMarkParser.maximumDepth, let close = closings.closing(of: index),
               let tag = CustomNodeTag(opening: literal(of: node), element: .div) {
                let range = SourceRange(firstLine: Int(cmark_node_get_start_line(node)) + lineOffset,
                                        lastLine: Int(cmark_node_get_end_line(nodes[close])) + lineOffset)
                let inner = blocks(of: nodes[(index + 1)..<close], closings: closings, lineOffset: lineOffset, depth: depth + 1)
                result.append(.custom(CustomBlock(kind: tag.kind, attributes: tag.attributes, blocks: inner, range: range)))
                index = close + 1
            } else {
                if let block = block(node, lineOffset: lineOffset, depth: depth) { result.append(block) }
                index += 1
            }
        }
        return result
    }

    private func block(_ node: OpaquePointer, lineOffset: Int, depth: Int) -> Block? {
        let range = SourceRange(firstLine: Int(cmark_node_get_start_line(node)) + lineOffset,
                                lastLine: Int(cmark_node_get_end_line(node)) + lineOffset)
        let type = cmark_node_get_type(node)
        if depth > CommonMarkParser.maximumDepth, type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST {
            return .paragraph(Paragraph(content: [.text(plainText(of: node))], range: range))
        }
        let blocks = { self.blocks(of: children(of: node), lineOffset: lineOffset, depth: depth + 1) }
        switch type {
        case CMARK_NODE_HEADING:
            return .heading(Heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(of: node), range: range))
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(Paragraph(content: inlines(of: node), range: range))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(BlockQuote(blocks: blocks(), range: range))
        case CMARK_NODE_LIST:
            let items = children(of: node).map { item in
                ListItem(blocks: self.blocks(of: children(of: item), lineOffset: lineOffset, depth: depth + 1),
                         range: SourceRange(firstLine: Int(cmark_node_get_start_line(item)) + lineOffset,
                                            lastLine: Int(cmark_node_get_end_line(item)) + lineOffset))
            }
            return .list(ListBlock(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, items: items, range: range))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(ThematicBreak(range: range))
        case CMARK_NODE_CODE_BLOCK:
            var text = literal(of: node)
            if text.last == "\n" { text.removeLast() }
            let info = String(cString: cmark_node_get_fence_info(node))
            return .codeBlock(CodeBlock(info: info.isEmpty ? nil : info, literal: text, range: range))
        case CMARK_NODE_HTML_BLOCK:
            var text = literal(of: node)
            while text.last == "\n" { text.removeLast() }
            return .paragraph(Paragraph(content: text.isEmpty ? [] : [.text(text)], range: range))
        case CMarkExtensions.tableType:
            return .table(table(node, range: range))
        default:
            return nil
        }
    }

    private func table(_ node: OpaquePointer, range: SourceRange) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let raw = cmark_gfm_extensions_get_table_alignments(node)
        let alignments: [Table.Alignment] = (0..<columns).map { index in
            switch raw?[index] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
        let rows = children(of: node).map { row in children(of: row).map { TableCell(content: inlines(of: $0)) } }
        return Table(alignments: alignments, header: rows.first ?? [], rows: Array(rows.dropFirst()), range: range)
    }

    private func inlines(of node: OpaquePointer, depth: Int = 0) -> [Inline] {
        if depth > CommonMarkParser.maximumDepth { return [.text(plainText(of: node))] }
        let nodes = children(of: node)
        let closings = TagPairs(nodes, element: .span, literal: { cmark_node_get_type($0) == CMARK_NODE_HTML_INLINE ? literal(of: $0) : nil })
        return inlines(of: nodes[...], closings: closings, depth: depth)
    }

    /// The inlines of sibling nodes; a custom inline's `span` tags and the nodes between them
    /// become the custom inline.
    private func inlines(of nodes: ArraySlice<OpaquePointer>, closings: TagPairs, depth: Int) -> [Inline] {
        var result: [Inline] = []
        var index = nodes.startIndex
        while index < nodes.endIndex {
            let child = nodes[index]
            index += 1
            if depth < CommonMarkParser.maximumDepth, let close = closings.closing(of: index - 1),
               let tag = CustomNodeTag(opening: literal(of: child), element: .span) {
                let content = inlines(of: nodes[index..<close], closings: closings, depth: depth + 1)
                result.append(.custom(CustomInline(kind: tag.kind, attributes: tag.attributes, content: content)))
                index = close + 1
                continue
            }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                let text = literal(of: child)
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(.text(text))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result.append(.softBreak)
            case CMARK_NODE_EMPH:
                result.append(.emphasis(inlines(of: child, depth: depth + 1)))
            case CMARK_NODE_STRONG:
                result.append(.strong(inlines(of: child, depth: depth + 1)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let title = string(cmark_node_get_title(child))
                result.append(.link(Link(destination: string(cmark_node_get_url(child)),
                                         title: title.isEmpty ? nil : title, content: inlines(of: child, depth: depth + 1))))
            default:
                result += inlines(of: child, depth: depth + 1)
            }
        }
        return result
    }

    private func literal(of node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    /// The text of a node and everything in it, as cmark-gfm's plain-text writer gives it (it
    /// walks the tree without recursion).
    private func plainText(of node: OpaquePointer) -> String {
        guard let rendered = cmark_render_plaintext(node, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(rendered) }
        var text = String(cString: rendered)
        while text.last == "\n" { text.removeLast() }
        return text
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
