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
        let ordered = spans.filter { span in
            !span.range.isEmpty && !structure.contains { crosses($0, span.range) }
        }.sorted(by: precedes)
        var kept: [FoundSpan] = []
        var open: [FoundSpan] = []
        for span in ordered {
            while let last = open.last, last.range.upperBound <= span.range.lowerBound { open.removeLast() }
            if let last = kept.last, last.range == span.range { continue }
            guard open.allSatisfy({ span.range.upperBound <= $0.range.upperBound }) else { continue }
            if let kind = span.kind, open.contains(where: { $0.kind == kind }) { continue }
            kept.append(span)
            open.append(span)
        }
        return kept
    }

    /// Whether two ranges overlap with neither holding the other.
    static func crosses(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.overlaps(b) && !(a.lowerBound <= b.lowerBound && b.upperBound <= a.upperBound)
            && !(b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound)
    }

    /// The order of the rule: start, then length (longest first), rank, then id.
    static func precedes(_ a: FoundSpan, _ b: FoundSpan) -> Bool {
        if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
        if a.range.upperBound != b.range.upperBound { return a.range.upperBound > b.range.upperBound }
        if a.rank != b.rank { return a.rank < b.rank }
        return a.sortKey < b.sortKey
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
