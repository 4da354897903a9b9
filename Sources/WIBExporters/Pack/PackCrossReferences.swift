import WIBCore

/// The cross-references of a pack's posts ("see our 27 June What's in Blue story"), resolved to
/// the post of the pack they name, when the pack holds it.
struct PackCrossReferences {
    /// One reference.
    struct Reference {
        /// The post that makes it.
        let from: Int
        /// Its text.
        let text: String
        /// The post it names, when the pack holds it.
        let target: Int?
    }

    /// Every reference, by citing post, in order.
    let references: [Reference]
    private let targets: [String: Int]

    init(posts: [Post]) {
        var targets: [String: Int] = [:]
        for (index, post) in posts.enumerated() {
            if let posted = post.metadata.posted, targets["whats-in-blue/\(posted)"] == nil { targets["whats-in-blue/\(posted)"] = index }
        }
        self.targets = targets
        references = posts.enumerated().flatMap { index, post in
            post.entities.filter { $0.entity.kind == .crossReference }.map { mention in
                Reference(from: index, text: mention.text.split(whereSeparator: \.isWhitespace).joined(separator: " "), target: targets[mention.entity.id].flatMap { $0 == index ? nil : $0 })
            }
        }
    }

    /// The section's blocks: one item per reference, saying where it leads.
    func blocks(links: PackPostLinks) -> [Block] {
        guard !references.isEmpty else { return [PackBlocks.paragraph([.text("The posts cite no other stories.")])] }
        let items = references.map { reference -> [Inline] in
            let leads: [Inline] = reference.target.map { [.text(": "), links.link($0)] } ?? [.text(": not in this pack")]
            return [links.link(reference.from), .text(" cites “\(reference.text)”")] + leads
        }
        return [PackBlocks.list(items)]
    }

    /// A rewriter that turns post `index`'s references into links to their sections, or says
    /// that the pack does not hold them.
    func resolver(for index: Int, links: PackPostLinks) -> some ASTRewriter {
        Resolver(targets: targets, index: index, links: links)
    }

    private struct Resolver: ASTRewriter {
        let targets: [String: Int]
        let index: Int
        let links: PackPostLinks

        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> [Inline] {
            guard entity.kind == .crossReference else { return defaultVisit(.annotated(entity, children)) }
            if let target = targets[entity.id], target != index, case .link(let link) = links.link(target) {
                return [.annotated(entity, [.link(Link(destination: link.destination, content: children))])]
            }
            return [.annotated(entity, children), .text(" (not in this pack)")]
        }
    }
}
