import WIBCore

/// What a finder found: a range of one block's text and the node it becomes.
public struct FoundSpan: Sendable, Hashable {
    /// What the span becomes in the tree.
    public enum Node: Sendable, Hashable {
        /// An `.annotated` span of this entity.
        case entity(Entity)
        /// A `.quotation`, with its speaker when the sentence names one.
        case quotation(speaker: String?)
    }

    /// The index of the block (``BlockText/index``).
    public let block: Int
    /// The UTF-8 range in the block's text.
    public let range: Range<Int>
    /// What it becomes.
    public let node: Node
    /// The kind of its entity (`nil` for a quotation).
    public let kind: EntityKind?
    /// The rank that settles two spans over the same text: lower wins.
    let rank: Int

    /// Creates a span.
    public init(block: Int, range: Range<Int>, node: Node) {
        self.block = block
        self.range = range
        self.node = node
        switch node {
        case .quotation:
            kind = nil
            rank = 0
        case .entity(let entity):
            kind = entity.kind
            rank = FoundSpan.rank(of: entity.kind)
        }
    }

    /// Creates an entity span.
    public init(block: Int, range: Range<Int>, entity: Entity) {
        self.init(block: block, range: range, node: .entity(entity))
    }

    /// The entity, when the span is one.
    public var entity: Entity? {
        if case .entity(let entity) = node { return entity }
        return nil
    }

    /// Quotations first, then resolution, document, cross-reference, person, organisation, group,
    /// state, date, vote, number.
    private static func rank(of kind: EntityKind) -> Int {
        switch kind {
        case .resolution: 1
        case .document: 2
        case .crossReference: 3
        case .person: 4
        case .organisation: 5
        case .group: 6
        case .memberState: 7
        case .date: 8
        case .vote: 9
        case .number: 10
        }
    }
}
