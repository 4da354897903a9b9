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

    /// Creates a span.
    public init(block: Int, range: Range<Int>, node: Node) {
        self.block = block
        self.range = range
        self.node = node
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

    /// The rank that settles two spans over the same text: lower wins.
    var rank: Int {
        switch node {
        case .quotation: 0
        case .entity(let entity): FoundSpan.kindRank[entity.kind] ?? 99
        }
    }

    private static let kindRank: [EntityKind: Int] = [
        .resolution: 1, .document: 2, .crossReference: 3, .person: 4, .organisation: 5, .group: 6, .memberState: 7,
        .date: 8, .vote: 9, .number: 10,
    ]
}
