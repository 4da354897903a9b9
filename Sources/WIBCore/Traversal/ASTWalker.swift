/// Visits the blocks and inlines of a body in document order, in the spirit of swift-markdown's
/// `MarkupWalker`.
///
/// Conform, override the hooks of the kinds you care about (``ASTVisitor``), and call
/// ``descend(into:)-(Block)`` or ``descend(into:)-(Inline)`` from an override to go on into the
/// node's children; everything you do not override does just that. The walker is a value: keep
/// what you find in its stored properties, and read them after ``walk(_:)``.
///
/// ```swift
/// struct WordCounter: ASTWalker {
///     var words = 0
///     mutating func visitText(_ text: String) {
///         words += text.split(whereSeparator: \.isWhitespace).count
///     }
/// }
/// var counter = WordCounter()
/// counter.walk(post.body)
/// ```
public protocol ASTWalker: ASTVisitor where BlockResult == Void, InlineResult == Void {}

extension ASTWalker {
    /// Goes into the block's children.
    public mutating func defaultVisit(_ block: Block) { descend(into: block) }

    /// Goes into the inline's children.
    public mutating func defaultVisit(_ inline: Inline) { descend(into: inline) }

    /// Visits a block's child blocks, then its inlines (``Block/childBlocks``, ``Block/inlines``).
    public mutating func descend(into block: Block) {
        for child in block.childBlocks { visit(child) }
        for inline in block.inlines { visit(inline) }
    }

    /// Visits an inline's children.
    public mutating func descend(into inline: Inline) {
        for child in inline.children { visit(child) }
    }

    /// Visits every block of `blocks` in order.
    public mutating func walk(_ blocks: [Block]) {
        for block in blocks { visit(block) }
    }
}
