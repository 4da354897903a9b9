import WIBCore

/// Makes the text of resolution and document spans a link to their `url` attribute
/// (undocs.org), keeping the span and its text.
struct EntityLinker: ASTRewriter {
    func rewriteInline(_ inline: Inline) -> [Inline] {
        guard case .annotated(let entity, let children) = inline, [.resolution, .document].contains(entity.kind),
              let url = entity.attributes["url"], !children.contains(where: \.containsLink) else {
            return [rewritingChildren(of: inline)]
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
