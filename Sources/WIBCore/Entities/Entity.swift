/// Something in the Security Council world that a span of text refers to.
public struct Entity: Sendable, Hashable, Codable {
    /// What kind of thing it is.
    public var kind: EntityKind
    /// A stable identifier: `S/RES/1718(2006)`, `S/2024/255`, `PRK`, `2024-06-28`.
    public var id: String
    /// Further facts, by name (`"year": "2006"`). Encoded with keys in sorted order.
    public var attributes: [String: String]

    /// Creates an entity.
    public init(kind: EntityKind, id: String, attributes: [String: String] = [:]) {
        self.kind = kind
        self.id = id
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case kind, id, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(EntityKind.self, forKey: .kind)
        id = try c.decode(String.self, forKey: .id)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(id, forKey: .id)
        guard !attributes.isEmpty else { return }
        var nested = c.nestedContainer(keyedBy: AttributeKey.self, forKey: .attributes)
        for key in attributes.keys.sorted() {
            try nested.encode(attributes[key], forKey: AttributeKey(stringValue: key))
        }
    }

    private struct AttributeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
