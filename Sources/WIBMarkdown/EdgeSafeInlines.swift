import WIBCore

/// Reshapes emphasis so that cmark-gfm's CommonMark output reads back as the same tree.
///
/// cmark-gfm writes `*` around emphasis without checking CommonMark's flanking rules, so
/// emphasis that starts or ends with a space, or with punctuation next to a letter outside it,
/// would read back as literal asterisks. This rewriter moves edge whitespace out of emphasis,
/// drops emphasis with no text, and keeps only the text of emphasis that cannot be delimited.
struct EdgeSafeInlines: ASTRewriter {
    func rewriteBlock(_ block: Block) -> [Block] {
        let rebuilt = rewritingChildren(of: block)
        switch rebuilt {
        case .heading(var b): b.content = normalize(b.content); return [.heading(b)]
        case .paragraph(var b): b.content = normalize(b.content); return [.paragraph(b)]
        case .table(var b):
            let fix = { (row: [TableCell]) in row.map { TableCell(content: self.normalize($0.content)) } }
            b.header = fix(b.header)
            b.rows = b.rows.map(fix)
            return [.table(b)]
        default: return [rebuilt]
        }
    }

    /// Normalises one sequence of sibling inlines, and their children, recursively.
    func normalize(_ inlines: [Inline]) -> [Inline] {
        var spaced: [Inline] = []
        for inline in inlines {
            let inner = normalize(inline.children)
            guard inline.isEmphasis else {
                spaced.append(inline.replacingChildren(inner))
                continue
            }
            let (lead, core, trail) = splitEdgeWhitespace(inner)
            spaced += lead
            if !core.isEmpty { spaced.append(inline.replacingChildren(core)) }
            spaced += trail
        }
        var result: [Inline] = []
        for (index, inline) in spaced.enumerated() {
            let before = index > 0 ? spaced[index - 1].plainText.last : nil
            let after = index + 1 < spaced.count ? spaced[index + 1].plainText.first : nil
            if inline.isEmphasis, !canDelimit(inline.plainText, before: before, after: after) {
                result += inline.children
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Whether `*` around `text` opens and closes emphasis given the characters outside it.
    private func canDelimit(_ text: String, before: Character?, after: Character?) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        let opens = !first.isPunctuationForEmphasis || before.map { $0.isWhitespace || $0.isPunctuationForEmphasis } ?? true
        let closes = !last.isPunctuationForEmphasis || after.map { $0.isWhitespace || $0.isPunctuationForEmphasis } ?? true
        return opens && closes
    }

    /// Splits whitespace (and soft breaks) off both ends of an inline sequence.
    private func splitEdgeWhitespace(_ inlines: [Inline]) -> (lead: [Inline], core: [Inline], trail: [Inline]) {
        var core = inlines
        var lead: [Inline] = []
        var trail: [Inline] = []
        while let first = core.first {
            if case .softBreak = first { lead.append(core.removeFirst()); continue }
            guard case .text(let s) = first else { break }
            let spaces = s.prefix(while: \.isWhitespace)
            if !spaces.isEmpty { lead.append(.text(String(spaces))) }
            core.removeFirst()
            if spaces.count < s.count { core.insert(.text(String(s.dropFirst(spaces.count))), at: 0); break }
        }
        while let last = core.last {
            if case .softBreak = last { trail.insert(core.removeLast(), at: 0); continue }
            guard case .text(let s) = last else { break }
            let spaces = String(s.reversed().prefix(while: \.isWhitespace).reversed())
            if !spaces.isEmpty { trail.insert(.text(spaces), at: 0) }
            core.removeLast()
            if spaces.count < s.count { core.append(.text(String(s.dropLast(spaces.count)))); break }
        }
        return (lead, core, trail)
    }
}

private extension Inline {
    var isEmphasis: Bool {
        switch self {
        case .emphasis, .strong: true
        default: false
        }
    }
}

private extension Character {
    /// CommonMark's punctuation for flanking: Unicode punctuation and ASCII symbols.
    var isPunctuationForEmphasis: Bool { isPunctuation || (isASCII && isSymbol) }
}
