import WIBCore

/// A post's body as its section in a pack shows it, in one pass: its cross-references resolved
/// (``PackCrossReferences``), its resolutions and documents linked (``EntityLinker``, when the
/// pack links entities) and its headings moved down (``HeadingShifter``) — the same blocks as the
/// three rewriters one after the other.
///
/// The resolver and the linker change only annotated inlines, so each annotated inline is
/// rewritten by the one and then the other (as the body would be), and every other node is
/// rebuilt once; the shifter changes only a heading's level, set once its text is rewritten.
struct PackSectionRewriter<Resolver: ASTRewriter>: ASTRewriter {
    var resolver: Resolver
    /// The linker, when the pack links entities.
    var linker: EntityLinker?
    let shifter: HeadingShifter

    mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> [Inline] {
        let resolved = resolver.visitAnnotated(entity, children: children)
        return linker?.rewrite(resolved) ?? resolved
    }

    mutating func visitHeading(_ heading: Heading) -> [Block] {
        var heading = heading
        heading.content = rewrite(heading.content)
        return shifter.visitHeading(heading)
    }
}
