import WIBCore

/// Settles overlapping spans, by one rule, whatever order the finders ran in.
///
/// The rule: spans that would cut across the post's own inline structure (emphasis, links, spans
/// that are kept) are dropped; the rest are taken leftmost first, at one place the longest first,
/// and among spans over the same text the one of lowest rank (quotation, resolution, document,
/// cross-reference, person, organisation, group, state, date, vote). A span is kept when it lies
/// inside or outside every span already kept; one that cuts across a kept span, or lies inside a
/// kept span of its own kind, is dropped. So "resolution 1718 of 14 October 2006" holds the date,
/// and "Special Envoy for Yemen Omar Haddad" holds Yemen.
public enum SpanResolver {
    /// The spans to build, in tree order (outer before inner), from `spans` of one block;
    /// `structure` holds the UTF-8 ranges of the block's inline containers.
    public static func resolve(_ spans: [FoundSpan], structure: [Range<Int>] = []) -> [FoundSpan] {
        // The order of the rule: start, then length (longest first), rank, then the span's sort
        // key. Sorted as small keys (spans are large to move); the sort key is made only on a tie.
        var order: [(start: Int, end: Int, rank: Int, index: Int)] = []
        order.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() where !span.range.isEmpty && !structure.contains(where: { crosses($0, span.range) }) {
            order.append((span.range.lowerBound, span.range.upperBound, span.rank, index))
        }
        order.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if a.rank != b.rank { return a.rank < b.rank }
            return spans[a.index].sortKey < spans[b.index].sortKey
        }
        var kept: [Int] = []
        var open: [(range: Range<Int>, kind: EntityKind?)] = []
        for key in order {
            let range = key.start..<key.end, kind = spans[key.index].kind
            while let last = open.last, last.range.upperBound <= range.lowerBound { open.removeLast() }
            if let last = kept.last, spans[last].range == range { continue }
            guard open.allSatisfy({ range.upperBound <= $0.range.upperBound }) else { continue }
            if let kind, open.contains(where: { $0.kind == kind }) { continue }
            kept.append(key.index)
            open.append((range, kind))
        }
        return kept.map { spans[$0] }
    }

    /// Whether two ranges overlap with neither holding the other.
    static func crosses(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.overlaps(b) && !(a.lowerBound <= b.lowerBound && b.upperBound <= a.upperBound)
            && !(b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound)
    }
}

private extension FoundSpan {
    var sortKey: String {
        switch node {
        case .quotation(let speaker): "quotation|\(speaker ?? "")"
        case .entity(let entity): "\(entity.kind.rawValue)|\(entity.id)|\(entity.attributes)"
        }
    }
}
