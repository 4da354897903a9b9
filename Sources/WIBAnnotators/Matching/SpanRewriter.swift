import WIBCore

/// Wraps the matches a finder returns in each text leaf as `.annotated` spans.
///
/// It descends into emphasis, links, quotations and spans of other kinds, but not into spans of
/// `kind`, so running an annotator twice changes nothing.
struct SpanRewriter: ASTRewriter {
    /// The kind of entity the finder produces.
    let kind: EntityKind
    /// The matches in one text leaf: non-overlapping, in order.
    let find: (String) -> [TextMatch]

    func rewriteInline(_ inline: Inline) -> [Inline] {
        switch inline {
        case .annotated(let entity, _) where entity.kind == kind:
            return [inline]
        case .text(let text):
            return split(text)
        default:
            return [rewritingChildren(of: inline)]
        }
    }

    private func split(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var position = text.startIndex
        for match in find(text) where match.range.lowerBound >= position && !match.range.isEmpty {
            if position < match.range.lowerBound { result.append(.text(String(text[position..<match.range.lowerBound]))) }
            result.append(.annotated(match.entity, [.text(String(text[match.range]))]))
            position = match.range.upperBound
        }
        if position < text.endIndex { result.append(.text(String(text[position...]))) }
        return result.isEmpty ? [.text(text)] : result
    }
}
