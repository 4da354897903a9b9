/// Rebuilds a body, node by node, in the spirit of swift-markdown's `MarkupRewriter`.
///
/// Each hook (``ASTVisitor``) returns the nodes that take the given node's place: one to keep or
/// change it, none to drop it, several to split it. What you do not override is rebuilt with its
/// children rewritten (``rewritingChildren(of:)-(Block)``), so a conformer overrides only what it
/// changes. Hooks are `mutating`: a rewriter that numbers, counts or remembers is a struct.
///
/// ```swift
/// struct NumberHeadings: ASTRewriter {
///     var count = 0
///     mutating func visitHeading(_ heading: Heading) -> [Block] {
///         count += 1
///         var numbered = heading
///         numbered.content = [.text("\(count). ")] + rewrite(heading.content)
///         return [.heading(numbered)]
///     }
/// }
/// var numbering = NumberHeadings()
/// let body = numbering.rewrite(post.body)
/// ```
public protocol ASTRewriter: ASTVisitor where BlockResult == [Block], InlineResult == [Inline] {}

extension ASTRewriter {
    /// Keeps the block, with its children rewritten.
    public mutating func defaultVisit(_ block: Block) -> [Block] { [rewritingChildren(of: block)] }

    /// Keeps the inline, with its children rewritten.
    public mutating func defaultVisit(_ inline: Inline) -> [Inline] { [rewritingChildren(of: inline)] }

    /// Rewrites a sequence of blocks, in order.
    public mutating func rewrite(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks { result += visit(block) }
        return result
    }

    /// Rewrites a sequence of inlines, in order.
    public mutating func rewrite(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines { result += visit(inline) }
        return result
    }

    /// The block with its child blocks and inlines rewritten.
    public mutating func rewritingChildren(of block: Block) -> Block {
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
            for index in b.items.indices { b.items[index].blocks = rewrite(b.items[index].blocks) }
            return .list(b)
        case .table(var b):
            for column in b.header.indices { b.header[column].content = rewrite(b.header[column].content) }
            for row in b.rows.indices {
                for column in b.rows[row].indices { b.rows[row][column].content = rewrite(b.rows[row][column].content) }
            }
            return .table(b)
        case .custom(var b):
            b.blocks = rewrite(b.blocks)
            return .custom(b)
        case .thematicBreak, .codeBlock:
            return block
        }
    }

    /// The inline with its children rewritten.
    public mutating func rewritingChildren(of inline: Inline) -> Inline {
        inline.replacingChildren(rewrite(inline.children))
    }
}

extension Array where Element == Block {
    /// These blocks rewritten by a copy of `rewriter` (call ``ASTRewriter/rewrite(_:)-([Block])``
    /// on a rewriter of your own to read what it kept).
    public func rewritten(by rewriter: some ASTRewriter) -> [Block] {
        var copy = rewriter
        return copy.rewrite(self)
    }
}
