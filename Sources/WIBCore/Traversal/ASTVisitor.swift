/// Visits the nodes of a body with one hook per kind of node, in the spirit of swift-markdown's
/// `MarkupVisitor`.
///
/// ``visit(_:)-(Block)`` and ``visit(_:)-(Inline)`` call the hook of the node's kind
/// (``visitParagraph(_:)``, ``visitLink(_:)``, ``visitCustomBlock(_:)``, …); each hook's default
/// calls ``defaultVisit(_:)-(Block)`` or ``defaultVisit(_:)-(Inline)``, which a refining protocol
/// supplies: ``ASTWalker`` goes into the node's children, ``ASTRewriter`` rebuilds the node with
/// its children rewritten. A conformer overrides only the hooks of the kinds it cares about, and
/// `defaultVisit` for what every other node gets.
///
/// Every method is `mutating`, so a struct can keep what it finds (counts, the current line, a
/// table of links) without being a class.
///
/// List items and table cells have no hooks of their own: they are visited as part of their
/// list or table.
public protocol ASTVisitor {
    /// What visiting a block gives (`Void` for walkers, the replacing blocks for rewriters).
    associatedtype BlockResult
    /// What visiting an inline gives (`Void` for walkers, the replacing inlines for rewriters).
    associatedtype InlineResult

    /// What every block whose hook is not overridden gets.
    mutating func defaultVisit(_ block: Block) -> BlockResult
    /// What every inline whose hook is not overridden gets.
    mutating func defaultVisit(_ inline: Inline) -> InlineResult

    /// A heading; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitHeading(_ heading: Heading) -> BlockResult
    /// A paragraph; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitParagraph(_ paragraph: Paragraph) -> BlockResult
    /// A block quote; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitBlockQuote(_ blockQuote: BlockQuote) -> BlockResult
    /// A list; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitList(_ list: ListBlock) -> BlockResult
    /// A table; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitTable(_ table: Table) -> BlockResult
    /// A thematic break; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) -> BlockResult
    /// A code block; the default is ``defaultVisit(_:)-(Block)``.
    mutating func visitCodeBlock(_ codeBlock: CodeBlock) -> BlockResult
    /// A block of your own kind (look at its ``CustomBlock/kind``); the default is
    /// ``defaultVisit(_:)-(Block)``.
    mutating func visitCustomBlock(_ customBlock: CustomBlock) -> BlockResult

    /// A text leaf; the default is ``defaultVisit(_:)-(Inline)``.
    mutating func visitText(_ text: String) -> InlineResult
    /// A soft break; the default is ``defaultVisit(_:)-(Inline)``.
    mutating func visitSoftBreak() -> InlineResult
    /// Emphasis, with its children; the default is ``defaultVisit(_:)-(Inline)``.
    mutating func visitEmphasis(_ children: [Inline]) -> InlineResult
    /// Strong emphasis, with its children; the default is ``defaultVisit(_:)-(Inline)``.
    mutating func visitStrong(_ children: [Inline]) -> InlineResult
    /// A link; the default is ``defaultVisit(_:)-(Inline)``.
    mutating func visitLink(_ link: Link) -> InlineResult
    /// A quotation; the default is ``defaultVisit(_:)-(Inline)``.
    mutating func visitQuotation(_ quotation: Quotation) -> InlineResult
    /// An annotated span: its entity and its children; the default is
    /// ``defaultVisit(_:)-(Inline)``.
    mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> InlineResult
    /// A span of your own kind (look at its ``CustomInline/kind``); the default is
    /// ``defaultVisit(_:)-(Inline)``.
    mutating func visitCustomInline(_ customInline: CustomInline) -> InlineResult
}

extension ASTVisitor {
    /// Calls the hook of `block`'s kind.
    public mutating func visit(_ block: Block) -> BlockResult {
        switch block {
        case .heading(let b): visitHeading(b)
        case .paragraph(let b): visitParagraph(b)
        case .blockQuote(let b): visitBlockQuote(b)
        case .list(let b): visitList(b)
        case .table(let b): visitTable(b)
        case .thematicBreak(let b): visitThematicBreak(b)
        case .codeBlock(let b): visitCodeBlock(b)
        case .custom(let b): visitCustomBlock(b)
        }
    }

    /// Calls the hook of `inline`'s kind.
    public mutating func visit(_ inline: Inline) -> InlineResult {
        switch inline {
        case .text(let text): visitText(text)
        case .softBreak: visitSoftBreak()
        case .emphasis(let children): visitEmphasis(children)
        case .strong(let children): visitStrong(children)
        case .link(let link): visitLink(link)
        case .quotation(let quotation): visitQuotation(quotation)
        case .annotated(let entity, let children): visitAnnotated(entity, children: children)
        case .custom(let custom): visitCustomInline(custom)
        }
    }

    public mutating func visitHeading(_ heading: Heading) -> BlockResult { defaultVisit(.heading(heading)) }
    public mutating func visitParagraph(_ paragraph: Paragraph) -> BlockResult { defaultVisit(.paragraph(paragraph)) }
    public mutating func visitBlockQuote(_ blockQuote: BlockQuote) -> BlockResult { defaultVisit(.blockQuote(blockQuote)) }
    public mutating func visitList(_ list: ListBlock) -> BlockResult { defaultVisit(.list(list)) }
    public mutating func visitTable(_ table: Table) -> BlockResult { defaultVisit(.table(table)) }
    public mutating func visitThematicBreak(_ thematicBreak: ThematicBreak) -> BlockResult { defaultVisit(.thematicBreak(thematicBreak)) }
    public mutating func visitCodeBlock(_ codeBlock: CodeBlock) -> BlockResult { defaultVisit(.codeBlock(codeBlock)) }
    public mutating func visitCustomBlock(_ customBlock: CustomBlock) -> BlockResult { defaultVisit(.custom(customBlock)) }

    public mutating func visitText(_ text: String) -> InlineResult { defaultVisit(.text(text)) }
    public mutating func visitSoftBreak() -> InlineResult { defaultVisit(.softBreak) }
    public mutating func visitEmphasis(_ children: [Inline]) -> InlineResult { defaultVisit(.emphasis(children)) }
    public mutating func visitStrong(_ children: [Inline]) -> InlineResult { defaultVisit(.strong(children)) }
    public mutating func visitLink(_ link: Link) -> InlineResult { defaultVisit(.link(link)) }
    public mutating func visitQuotation(_ quotation: Quotation) -> InlineResult { defaultVisit(.quotation(quotation)) }
    public mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> InlineResult { defaultVisit(.annotated(entity, children)) }
    public mutating func visitCustomInline(_ customInline: CustomInline) -> InlineResult { defaultVisit(.custom(customInline)) }
}
