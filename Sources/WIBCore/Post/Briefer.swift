/// Someone expected to brief the Council: a named official, or an organisation's representative.
public struct Briefer: Sendable, Hashable, Codable {
    /// The person's name, when the post gives one.
    public var name: String?
    /// The person's title ("High Representative for Disarmament Affairs").
    public var title: String?
    /// The organisation they speak for, when named ("Conflict Armament Research").
    public var organization: String?

    /// Creates a briefer.
    public init(name: String? = nil, title: String? = nil, organization: String? = nil) {
        self.name = name
        self.title = title
        self.organization = organization
    }

    private enum CodingKeys: String, CodingKey { case name, title, organization }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(organization, forKey: .organization)
    }
}
