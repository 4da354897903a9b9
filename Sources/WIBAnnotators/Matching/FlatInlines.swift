import WIBCore

/// A block's inlines as one string, with the entity spans (nested ones too) located in it.
struct FlatInlines {
    /// An entity and where its text lies in ``text``.
    struct Span {
        let range: Range<String.Index>
        let entity: Entity
    }

    /// The joined text.
    private(set) var text = ""
    /// The spans, in document order (an outer span before the spans inside it).
    private(set) var spans: [Span] = []

    init(_ inlines: [Inline]) {
        append(inlines)
    }

    private mutating func append(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let s): text += s
            case .softBreak: text += "\n"
            case .annotated(let entity, let children):
                let startOffset = text.unicodeScalars.count
                let slot = spans.count
                append(children)
                let start = text.unicodeScalars.index(text.startIndex, offsetBy: startOffset)
                spans.insert(Span(range: start..<text.endIndex, entity: entity), at: slot)
            default: append(inline.children)
            }
        }
    }

    /// The spans of `kind` that lie inside `range`.
    func spans(of kind: EntityKind, in range: Range<String.Index>) -> [Span] {
        spans.filter { $0.entity.kind == kind && range.contains($0.range.lowerBound) }
    }

    /// The distinct ids of the member states inside `range`, in order of mention.
    func states(in range: Range<String.Index>) -> [String] {
        var seen = Set<String>()
        return spans(of: .memberState, in: range).map(\.entity.id).filter { seen.insert($0).inserted }
    }

    /// The sentences of the text.
    var sentences: [Range<String.Index>] { Sentences.ranges(in: text) }
}
