/// Collects every annotated span of a body as an ``EntityMention``, in document order.
struct EntityCollector: ASTWalker {
    private(set) var mentions: [EntityMention] = []
    private var line = 0

    mutating func visitBlock(_ block: Block) {
        line = block.range.firstLine
        descend(into: block)
    }

    mutating func visitInline(_ inline: Inline) {
        if case .annotated(let entity, let children) = inline {
            mentions.append(EntityMention(entity: entity, text: children.plainText, line: line))
        }
        descend(into: inline)
    }
}
