/// Something in the Security Council world that a span of text refers to.
public struct Entity: Sendable, Hashable, Codable {
    /// What kind of thing it is.
    public var kind: EntityKind
    /// A stable identifier: `S/RES/1718(2006)`, `S/2024/255`, `PRK`, `2024-06-28`.
    public var id: String
    /// Further facts, through typed keys: `attributes[.resolutionYear]` is `2006`. JSON leaves
    /// the key out when there are none.
    public var attributes: EntityAttributes

    /// Creates an entity.
    public init(kind: EntityKind, id: String, attributes: EntityAttributes = EntityAttributes()) {
        self.kind = kind
        self.id = id
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case kind, id, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(EntityKind.self, forKey: .kind)
        id = try c.decode(String.self, forKey: .id)
        attributes = try c.decodeIfPresent(EntityAttributes.self, forKey: .attributes) ?? EntityAttributes()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(id, forKey: .id)
        if !attributes.isEmpty { try c.encode(attributes, forKey: .attributes) }
    }
}
