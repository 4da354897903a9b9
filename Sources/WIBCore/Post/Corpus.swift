/// The posts a run works on, in order.
///
/// Its JSON form, `{"schemaVersion": 1, "posts": [...]}`, is what external filters read and write.
public struct Corpus: Sendable, Hashable, Codable {
    /// The posts.
    public var posts: [Post]

    /// Creates a corpus.
    public init(posts: [Post] = []) {
        self.posts = posts
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion, posts }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try Post.checkSchemaVersion(try c.decodeIfPresent(Int.self, forKey: .schemaVersion), in: c, key: .schemaVersion)
        posts = try c.decode([Post].self, forKey: .posts)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Post.schemaVersion, forKey: .schemaVersion)
        try c.encode(posts, forKey: .posts)
    }
}
