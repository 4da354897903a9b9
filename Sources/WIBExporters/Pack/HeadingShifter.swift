import WIBCore

/// Moves every heading down by some levels (at most to level 6), so that a post's sections sit
/// under its own heading in a pack.
struct HeadingShifter: ASTRewriter {
    let levels: Int

    init(by levels: Int) {
        self.levels = levels
    }

    func rewriteBlock(_ block: Block) -> [Block] {
        guard case .heading(var heading) = block else { return [rewritingChildren(of: block)] }
        heading.level = min(6, heading.level + levels)
        return [rewritingChildren(of: .heading(heading))]
    }
}
