import WIBCore

/// Finds entities (or quotations) in a post's text: the unit users extend annotation with.
///
/// A finder reads the ``AnnotationDocument`` — every text block of the post, flattened once, with
/// its tokens, sentences and lexicon hits — and returns spans over the blocks' texts. It never sees
/// what other finders found, so finders can run in any order and give the same tree: the engine
/// settles overlaps among all spans by one rule (``SpanResolver``) and rebuilds each block once.
///
/// ```swift
/// struct PenholderFinder: EntityFinder {
///     static let name = "penholders"
///     func spans(in document: AnnotationDocument) -> [FoundSpan] {
///         document.blocks.flatMap { block in
///             block.tokens.indices.filter { block.isWord($0, "penholder") }.map { i in
///                 FoundSpan(block: block.index, range: block.tokens[i].range,
///                           entity: Entity(kind: .number, id: "penholder"))
///             }
///         }
///     }
/// }
/// let post = AnnotationEngine(finders: [PenholderFinder()]).annotate(post)
/// ```
public protocol EntityFinder: Annotator {
    /// Whether the finder marks quotations; quotations already in a post are then removed and
    /// found again (default: no).
    var marksQuotations: Bool { get }

    /// The kinds of entity this finder marks; spans of these kinds already in a post are removed
    /// and found again, so annotating twice changes nothing. Empty for quotations.
    var kinds: Set<EntityKind> { get }

    /// The spans found in `document`, in any order.
    func spans(in document: AnnotationDocument) -> [FoundSpan]

    /// Warnings about what the finder found, for the post's diagnostics.
    func diagnostics(in document: AnnotationDocument, spans: [FoundSpan]) -> [Diagnostic]
}

extension EntityFinder {
    /// The post annotated by this finder alone.
    public func annotate(_ post: Post) -> Post {
        AnnotationEngine(finders: [self]).annotate(post)
    }
}

extension EntityFinder {
    /// No quotations, by default.
    public var marksQuotations: Bool { false }

    /// Warnings about what the finder found (none by default); `spans` are every finder's spans.
    public func diagnostics(in document: AnnotationDocument, spans: [FoundSpan]) -> [Diagnostic] { [] }
}
