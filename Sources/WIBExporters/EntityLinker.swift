import WIBCore

/// Makes the text of resolution and document spans a link to their ``EntityAttributeKey/url``
/// (undocs.org), keeping the span and its text.
struct EntityLinker: ASTRewriter {
    mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> [Inline] {
        guard [.resolution, .document].contains(entity.kind), let url = entity.attributes[.url], !children.contains(where: \.containsLink) else {
            return defaultVisit(.annotated(entity, children))
        }
        return [.annotated(entity, [.link(Link(destination: url, content: children))])]
    }
}

private extension Inline {
    var containsLink: Bool {
        if case .link = self { return true }
        return children.contains { $0.containsLink }
    }
}
