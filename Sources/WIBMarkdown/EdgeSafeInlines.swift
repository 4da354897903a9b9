import WIBCore

/// Reshapes inlines so that cmark-gfm's CommonMark output reads back as the same tree.
///
/// cmark-gfm writes `*` around emphasis without checking CommonMark's flanking rules, so
/// emphasis that starts or ends with a space, or with punctuation next to a letter outside it,
/// would read back as literal asterisks. This rewriter moves edge whitespace out of emphasis,
/// drops emphasis with no text, and keeps only the text of emphasis that cannot be delimited
/// (judged by the characters written next to each `*`: a link's `[`, a custom span's `<`).
/// It also moves line breaks at the start of a custom span before it: a line that holds only
/// a span's opening tag would read as HTML.
struct EdgeSafeInlines: ASTRewriter {
    func visitHeading(_ heading: Heading) -> [Block] {
        var heading = heading
        heading.content = normalize(heading.content)
        return [.heading(heading)]
    }

    func visitParagraph(_ paragraph: Paragraph) -> [Block] {
        var paragraph = paragraph
        paragraph.content = normalize(paragraph.content)
        return [.paragraph(paragraph)]
    }

    func visitTable(_ table: Table) -> [Block] {
        var table = table
        for column in table.header.indices { table.header[column].content = normalize(table.header[column].content) }
        for row in table.rows.indices {
            for column in table.rows[row].indices { table.rows[row][column].content = normalize(table.rows[row][column].content) }
        }
        return [.table(table)]
    }

    /// Normalises one sequence of sibling inlines, and their children, recursively.
    func normalize(_ inlines: [Inline]) -> [Inline] {
        // Only emphasis and custom inlines are moved or unwrapped: most lines hold neither.
        guard inlines.contains(where: \.holdsEmphasisOrCustom) else { return inlines }
        var spaced: [Inline] = []
        for inline in inlines {
            let inner = normalize(inline.children)
            if case .custom = inline {
                let (breaks, rest) = splitLeadingBreaks(inner)
                spaced += breaks
                spaced.append(inline.replacingChildren(rest))
                continue
            }
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
            guard inline.isEmphasis else {
                result.append(inline)
                continue
            }
            let before = index > 0 ? spaced[index - 1].lastWritten : nil
            let after = index + 1 < spaced.count ? spaced[index + 1].firstWritten : nil
            if !canDelimit(inline.children, before: before, after: after) {
                result += inline.children
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Whether `*` around `content` opens and closes emphasis given the characters outside it.
    private func canDelimit(_ content: [Inline], before: Character?, after: Character?) -> Bool {
        guard content.plainText.contains(where: { _ in true }), let first = content.firstWritten, let last = content.lastWritten else { return false }
        let opens = !first.isPunctuationForEmphasis || before.map { $0.isWhitespace || $0.isPunctuationForEmphasis } ?? true
        let closes = !last.isPunctuationForEmphasis || after.map { $0.isWhitespace || $0.isPunctuationForEmphasis } ?? true
        return opens && closes
    }

    /// Splits the line breaks (soft breaks, and text's leading `\n`s) off the start of an inline
    /// sequence.
    private func splitLeadingBreaks(_ inlines: [Inline]) -> (breaks: [Inline], rest: [Inline]) {
        var rest = inlines
        var breaks: [Inline] = []
        while let first = rest.first {
            if case .softBreak = first {
                breaks.append(rest.removeFirst())
            } else if case .text(let s) = first, s.first == "\n" {
                let newlines = s.prefix { $0 == "\n" }
                breaks.append(.text(String(newlines)))
                rest[0] = .text(String(s.dropFirst(newlines.count)))
                if newlines.count == s.count { rest.removeFirst() }
            } else {
                break
            }
        }
        return (breaks, rest)
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
        case .text, .softBreak, .link, .quotation, .annotated, .custom: false
        }
    }

    /// The first character the CommonMark writer writes for this inline that decides whether a
    /// `*` next to it delimits, if any. Emphasis is seen through: its `*` joins the run of the
    /// `*` next to it, whose neighbour is then the emphasis's text.
    /// Whether this inline is, or holds at any depth, emphasis or a custom inline.
    var holdsEmphasisOrCustom: Bool {
        switch self {
        case .emphasis, .strong, .custom: true
        case .text, .softBreak: false
        case .link, .quotation, .annotated: children.contains(where: \.holdsEmphasisOrCustom)
        }
    }

    var firstWritten: Character? {
        switch self {
        case .text(let text): text.first
        case .softBreak: "\n"
        case .link: "["
        case .custom: "<"
        case .emphasis, .strong, .quotation, .annotated: children.firstWritten
        }
    }

    /// The last such character, if any.
    var lastWritten: Character? {
        switch self {
        case .text(let text): text.last
        case .softBreak: "\n"
        case .link: ")"
        case .custom: ">"
        case .emphasis, .strong, .quotation, .annotated: children.lastWritten
        }
    }
}

private extension Array where Element == Inline {
    /// The first character written for the sequence, skipping inlines that write nothing.
    var firstWritten: Character? { lazy.compactMap(\.firstWritten).first }

    /// The last character written for the sequence, skipping inlines that write nothing.
    var lastWritten: Character? { reversed().lazy.compactMap(\.lastWritten).first }
}

private extension Character {
    /// CommonMark's punctuation for flanking: Unicode punctuation and ASCII symbols.
    var isPunctuationForEmphasis: Bool { isPunctuation || (isASCII && isSymbol) }
}
