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
            case .emphasis, .strong, .link, .quotation, .annotated, .custom:
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
    /// order, so the spans inside one follow it) built in, starting at UTF-8 offset `base` of the
    /// block's text.
    static func building(_ inlines: [Inline], spans: ArraySlice<FoundSpan>, base: Int = 0) -> [Inline] {
        guard !spans.isEmpty else { return inlines }
        // The top spans (inside no other), each with the range of spans it holds.
        var tops: [(index: Int, inner: Range<Int>)] = []
        var index = spans.startIndex
        while index < spans.endIndex {
            var end = index + 1
            while end < spans.endIndex, spans[end].range.lowerBound < spans[index].range.upperBound { end += 1 }
            tops.append((index, (index + 1)..<end))
            index = end
        }
        // Cut text leaves at the top spans' edges.
        var pieces: [(inline: Inline, range: Range<Int>)] = []
        var position = base
        var cut = 0
        let edges = tops.flatMap { [spans[$0.index].range.lowerBound, spans[$0.index].range.upperBound] }
        for inline in inlines {
            let length = inline.plainText.utf8.count
            if case .text(let text) = inline {
                var start = position
                while cut < edges.count, edges[cut] <= position { cut += 1 }
                while cut < edges.count, edges[cut] < position + length {
                    if edges[cut] > start {
                        pieces.append((.text(slice(text, from: start - position, to: edges[cut] - position)), start..<edges[cut]))
                        start = edges[cut]
                    }
                    cut += 1
                }
                pieces.append((.text(slice(text, from: start - position, to: length)), start..<(position + length)))
            } else {
                pieces.append((inline, position..<(position + length)))
            }
            position += length
        }
        // No more inlines than pieces: reserved at once, so that the tree a post keeps carries no
        // spare capacity from growing (a third of an annotated post's memory, when it did).
        var result: [Inline] = []
        result.reserveCapacity(pieces.count)
        var piece = 0
        var next = 0
        while piece < pieces.count {
            let current = pieces[piece]
            guard next < tops.count, spans[tops[next].index].range.lowerBound < current.range.upperBound else {
                result.append(current.inline)
                piece += 1
                continue
            }
            let top = spans[tops[next].index]
            if top.range.lowerBound == current.range.lowerBound, let last = pieces[piece...].firstIndex(where: { $0.range.upperBound >= top.range.upperBound }),
               pieces[last].range.upperBound == top.range.upperBound, !(last == piece && top.range != current.range && !isText(current.inline)) {
                let children = building(pieces[piece...last].map(\.inline), spans: spans[tops[next].inner], base: top.range.lowerBound)
                result.append(wrap(children, in: top))
                piece = last + 1
                next += 1
            } else {
                // The span lies inside this container: build every span inside it there.
                var through = next
                while through < tops.count, spans[tops[through].index].range.upperBound <= current.range.upperBound { through += 1 }
                let within = tops[next].index..<(through > next ? tops[through - 1].inner.upperBound : tops[next].index)
                result.append(current.inline.replacingChildren(building(current.inline.children, spans: spans[within], base: current.range.lowerBound)))
                next = through
                piece += 1
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
        // On whole characters' bytes (as every edge is), the bytes are copied as they are, without
        // being checked again.
        guard isScalarStart(lower, in: utf8), isScalarStart(upper, in: utf8) else { return String(decoding: utf8[lower..<upper], as: UTF8.self) }
        return String(text[lower..<upper])
    }

    /// Whether `index` starts a Unicode scalar (or ends the text): its byte is no continuation byte.
    private static func isScalarStart(_ index: String.Index, in utf8: String.UTF8View) -> Bool {
        index == utf8.endIndex || utf8[index] & 0xC0 != 0x80
    }
}
