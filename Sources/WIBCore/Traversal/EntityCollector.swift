/// Collects every annotated span of a body as an ``EntityMention``, in document order.
struct EntityCollector: ASTWalker {
    private(set) var mentions: [EntityMention] = []
    private var line = 0

    mutating func defaultVisit(_ block: Block) {
        line = block.range.firstLine
        descend(into: block)
    }

    mutating func visitAnnotated(_ entity: Entity, children: [Inline]) {
        mentions.append(EntityMention(entity: entity, text: children.plainText, line: line))
        descend(into: .annotated(entity, children))
    }
}
