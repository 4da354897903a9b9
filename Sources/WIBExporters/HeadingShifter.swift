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
        var shallowest = ShallowestHeading()
        shallowest.walk(blocks)
        return HeadingShifter(by: level - (shallowest.level ?? level))
    }

    func visitHeading(_ heading: Heading) -> [Block] {
        var heading = heading
        heading.level = max(1, min(6, heading.level + levels))
        return [.heading(heading)]
    }
}

/// The shallowest level of the headings of a body, at any depth.
private struct ShallowestHeading: ASTWalker {
    private(set) var level: Int?

    mutating func visitHeading(_ heading: Heading) {
        level = min(level ?? heading.level, heading.level)
    }
}
