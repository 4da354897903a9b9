import WIBCore

/// The two operations on a block's inlines around annotation: removing the spans that will be
/// found again, and building the found spans into the tree, each once per block.
enum InlineTree {
    /// The inlines without `.annotated` spans of `kinds` (and without quotations when
    /// `quotations`), their text kept; adjacent text leaves are joined.
    static func stripping(_ inlines: [Inline], kinds: Set<EntityKind>, quotations: Bool) -> [Inline] {
        if inlines.count == 1, case .text = inlines[0] { return inlines }
        var result: [Inline] = []
        func add(_ inline: Inline) {
            if case .text(let s) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + s)
            } else {
                result.append(inline)
            }
        }
        for inline in inlines {
            switch inline {
            case .annotated(let entity, let children) where kinds.contains(entity.kind):
                stripping(children, kinds: kinds, quotations: quotations).forEach(add)
            case .quotation(let quotation) where quotations:
                stripping(quotation.content, kinds: kinds, quotations: quotations).forEach(add)
            case .text, .softBreak:
                add(inline)
            default:
                add(inline.replacingChildren(stripping(inline.children, kinds: kinds, quotations: quotations)))
            }
        }
        return result
    }

    /// The UTF-8 ranges of every inline that is not a leaf (emphasis, links, kept spans), in the
    /// joined text of `inlines`.
    static func containers(_ inlines: [Inline], base: Int = 0) -> [Range<Int>] {
        if inlines.count == 1, case .text = inlines[0] { return [] }
        var ranges: [Range<Int>] = []
        var position = base
        for inline in inlines {
            let length = inline.plainText.utf8.count
            if case .text = inline {} else if case .softBreak = inline {} else {
                ranges.append(position..<(position + length))
                ranges += containers(inline.children, base: position)
            }
            position += length
        }
        return ranges
    }

    /// `inlines` with `spans` (resolved: none crossing another or the inline structure; in tree
    /// order) built in, starting at UTF-8 offset `base` of the block's text.
    static func building(_ inlines: [Inline], spans: [FoundSpan], base: Int = 0) -> [Inline] {
        guard !spans.isEmpty else { return inlines }
        var tops: [FoundSpan] = []
        for span in spans where tops.last.map({ $0.range.upperBound <= span.range.lowerBound }) ?? true { tops.append(span) }
        // Cut text leaves at the top spans' edges.
        let cuts = tops.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        var pieces: [(inline: Inline, range: Range<Int>)] = []
        var position = base
        for inline in inlines {
            let length = inline.plainText.utf8.count
            if case .text(let text) = inline {
                var start = position
                for cut in cuts.filter({ $0 > position && $0 < position + length }) + [position + length] where cut > start {
                    pieces.append((.text(slice(text, from: start - position, to: cut - position)), start..<cut))
                    start = cut
                }
            } else {
                pieces.append((inline, position..<(position + length)))
            }
            position += length
        }
        var result: [Inline] = []
        var index = 0
        var next = 0
        while index < pieces.count {
            let piece = pieces[index]
            guard next < tops.count, tops[next].range.lowerBound < piece.range.upperBound else {
                result.append(piece.inline)
                index += 1
                continue
            }
            let top = tops[next]
            let inner = spans.filter { $0 != top && top.range.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= top.range.upperBound }
            if top.range.lowerBound == piece.range.lowerBound, let last = pieces[index...].firstIndex(where: { $0.range.upperBound >= top.range.upperBound }),
               pieces[last].range.upperBound == top.range.upperBound, !(last == index && top.range != piece.range && !isText(piece.inline)) {
                let children = building(pieces[index...last].map(\.inline), spans: inner, base: top.range.lowerBound)
                result.append(wrap(children, in: top))
                index = last + 1
                next += 1
            } else {
                // The span lies inside this container: build every span inside it there.
                let within = spans.filter { piece.range.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= piece.range.upperBound }
                result.append(piece.inline.replacingChildren(building(piece.inline.children, spans: within, base: piece.range.lowerBound)))
                while next < tops.count, tops[next].range.upperBound <= piece.range.upperBound { next += 1 }
                index += 1
            }
        }
        return result
    }

    private static func isText(_ inline: Inline) -> Bool {
        if case .text = inline { return true }
        return false
    }

    private static func wrap(_ children: [Inline], in span: FoundSpan) -> Inline {
        switch span.node {
        case .entity(let entity): .annotated(entity, children)
        case .quotation(let speaker): .quotation(Quotation(content: children, speaker: speaker))
        }
    }

    /// The part of `text` between two UTF-8 offsets.
    private static func slice(_ text: String, from start: Int, to end: Int) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}
