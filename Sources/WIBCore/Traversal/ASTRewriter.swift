/// Rebuilds a body, node by node, in the spirit of swift-markdown's `MarkupRewriter`.
///
/// Each rewrite method returns the nodes that take the given node's place: one to keep or change
/// it, none to drop it, several to split it. The defaults rebuild the node with its children
/// rewritten, so a conformer overrides only what it changes.
///
/// ```swift
/// struct DropHeadings: ASTRewriter {
///     func rewriteBlock(_ block: Block) -> [Block] {
///         if case .heading = block { return [] }
///         return [rewritingChildren(of: block)]
///     }
/// }
/// ```
public protocol ASTRewriter {
    /// The blocks that replace `block`; the default rewrites its children.
    func rewriteBlock(_ block: Block) -> [Block]
    /// The inlines that replace `inline`; the default rewrites its children.
    func rewriteInline(_ inline: Inline) -> [Inline]
}

extension ASTRewriter {
    /// Keeps the block, with its children rewritten.
    public func rewriteBlock(_ block: Block) -> [Block] { [rewritingChildren(of: block)] }

    /// Keeps the inline, with its children rewritten.
    public func rewriteInline(_ inline: Inline) -> [Inline] { [rewritingChildren(of: inline)] }

    /// Rewrites a sequence of blocks.
    public func rewrite(_ blocks: [Block]) -> [Block] { blocks.flatMap { rewriteBlock($0) } }

    /// Rewrites a sequence of inlines.
    public func rewrite(_ inlines: [Inline]) -> [Inline] { inlines.flatMap { rewriteInline($0) } }

    /// The block with its child blocks and inlines rewritten.
    public func rewritingChildren(of block: Block) -> Block {
        switch block {
        case .heading(var b):
            b.content = rewrite(b.content)
            return .heading(b)
        case .paragraph(var b):
            b.content = rewrite(b.content)
            return .paragraph(b)
        case .blockQuote(var b):
            b.blocks = rewrite(b.blocks)
            return .blockQuote(b)
        case .list(var b):
            b.items = b.items.map { item in
                var item = item
                item.blocks = rewrite(item.blocks)
                return item
            }
            return .list(b)
        case .table(var b):
            let rewriteRow = { (row: [TableCell]) in row.map { TableCell(content: self.rewrite($0.content)) } }
            b.header = rewriteRow(b.header)
            b.rows = b.rows.map(rewriteRow)
            return .table(b)
        case .thematicBreak, .codeBlock:
            return block
        }
    }

    /// The inline with its children rewritten.
    public func rewritingChildren(of inline: Inline) -> Inline {
        inline.replacingChildren(rewrite(inline.children))
    }
}
