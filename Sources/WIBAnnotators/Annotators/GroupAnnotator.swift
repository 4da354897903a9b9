import WIBCore

/// Marks groups of states and regional organisations ("the A3", "the E10", "P5", "the EU",
/// "NATO", "BRICS"); the id is the group's short name (``StateGroups``). Groups are never states.
public struct GroupAnnotator: EntityFinder {
    public static let name = "groups"
    public var kinds: Set<EntityKind> { [.group] }

    /// Creates the annotator.
    public init() {}

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block in
            block.phrases { if case .group(let id) = $0 { id } else { nil } }.map {
                FoundSpan(block: block.index, range: block.range(tokens: $0.tokens.lowerBound, through: $0.tokens.upperBound - 1),
                          entity: Entity(kind: .group, id: $0.id))
            }
        }
    }
}
