import WIBCore

/// Moves every heading by some levels, down when positive and up when negative, within levels 1
/// to 6: a post's sections sit under its own heading in a pack, and become the top sections of
/// a LaTeX document or a man page.
struct HeadingShifter: ASTRewriter {
    let levels: Int

    init(by levels: Int) {
        self.levels = levels
    }

    /// The shifter that moves the shallowest heading of `blocks` (at any depth) to `level`.
    static func moving(_ blocks: [Block], toLevel level: Int) -> HeadingShifter {
        var shallowest: Int?
        for block in blocks { block.visitHeadings { shallowest = min(shallowest ?? $0, $0) } }
        return HeadingShifter(by: level - (shallowest ?? level))
    }

    func rewriteBlock(_ block: Block) -> [Block] {
        guard case .heading(var heading) = block else { return [rewritingChildren(of: block)] }
        heading.level = max(1, min(6, heading.level + levels))
        return [rewritingChildren(of: .heading(heading))]
    }
}

private extension Block {
    /// Calls `found` with the level of this block's headings and its children's.
    func visitHeadings(_ found: (Int) -> Void) {
        if case .heading(let heading) = self { found(heading.level) }
        for child in childBlocks { child.visitHeadings(found) }
    }
}
