/// One place where an entity is mentioned: the derived index entry of an annotated span.
public struct EntityMention: Sendable, Hashable, Codable {
    /// The entity.
    public var entity: Entity
    /// The words of the post that mention it.
    public var text: String
    /// The source line of the block that holds the mention.
    public var line: Int

    /// Creates a mention.
    public init(entity: Entity, text: String, line: Int) {
        self.entity = entity
        self.text = text
        self.line = line
    }

    private enum CodingKeys: String, CodingKey { case kind, id, text, line }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entity = Entity(kind: try c.decode(EntityKind.self, forKey: .kind), id: try c.decode(String.self, forKey: .id))
        text = try c.decode(String.self, forKey: .text)
        line = try c.decode(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entity.kind, forKey: .kind)
        try c.encode(entity.id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(line, forKey: .line)
    }
}

extension Array where Element == EntityMention {
    /// The distinct ids of the mentioned entities of one kind, in order of first mention.
    public func distinctIDs(of kind: EntityKind) -> [String] {
        var seen = Set<String>()
        return filter { $0.entity.kind == kind && seen.insert($0.entity.id).inserted }.map(\.entity.id)
    }
}
