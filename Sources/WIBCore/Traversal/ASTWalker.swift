/// Visits the blocks and inlines of a body in document order.
///
/// Conform, override the visit methods you care about, and call ``descend(into:)-(Block)`` from
/// an override to go on into the node's children (the default implementations do just that).
///
/// ```swift
/// struct WordCounter: ASTWalker {
///     var words = 0
///     mutating func visitInline(_ inline: Inline) {
///         if case .text(let s) = inline { words += s.split(separator: " ").count }
///         descend(into: inline)
///     }
/// }
/// ```
public protocol ASTWalker {
    /// Called for every block; the default descends into its children.
    mutating func visitBlock(_ block: Block)
    /// Called for every inline; the default descends into its children.
    mutating func visitInline(_ inline: Inline)
}

extension ASTWalker {
    /// Descends into a block's children.
    public mutating func visitBlock(_ block: Block) { descend(into: block) }

    /// Descends into an inline's children.
    public mutating func visitInline(_ inline: Inline) { descend(into: inline) }

    /// Visits a block's child blocks, then its inlines.
    public mutating func descend(into block: Block) {
        for child in block.childBlocks { visitBlock(child) }
        for inline in block.inlines { visitInline(inline) }
    }

    /// Visits an inline's children.
    public mutating func descend(into inline: Inline) {
        for child in inline.children { visitInline(child) }
    }

    /// Visits every block of `blocks` in order.
    public mutating func walk(_ blocks: [Block]) {
        for block in blocks { visitBlock(block) }
    }
}
