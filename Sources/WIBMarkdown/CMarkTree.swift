import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WIBCore

/// A cmark-gfm node tree built from WIBKit blocks; it owns its root and frees it.
///
/// Only this file and its builder touch cmark nodes. The tree is built for one format, because
/// CommonMark needs edge whitespace spelled as character references that the other renderers
/// would print literally.
final class CMarkTree {
    private let root: OpaquePointer
    private let format: RenderFormat

    /// Builds the tree of `blocks` for rendering as `format`.
    init(blocks: [Block], format: RenderFormat) {
        _ = CMarkExtensions.shared
        self.format = format
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else { fatalError("cmark-gfm could not allocate a node") }
        root = document
        var builder = CMarkTreeBuilder(writesCommonMark: format == .commonMark, writesAnchors: format == .html,
                                       cellCharacters: TableCellCharacters(format: format))
        for block in blocks.rewritten(by: EdgeSafeInlines()) {
            builder.append(block, to: root)
        }
    }

    deinit {
        cmark_node_free(root)
    }

    /// The rendered text. Width 0: cmark-gfm never wraps lines.
    func render() -> String {
        let options = CMARK_OPT_DEFAULT
        let rendered: UnsafeMutablePointer<CChar>? = switch format {
        case .commonMark: cmark_render_commonmark(root, options, 0)
        case .html: cmark_render_html(root, options, nil)
        case .latex: cmark_render_latex(root, options, 0)
        case .man: cmark_render_man(root, options, 0)
        case .plainText: cmark_render_plaintext(root, options, 0)
        case .xml: cmark_render_xml(root, options)
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return TableCellCharacters(format: format).revealing(String(cString: rendered))
    }
}
