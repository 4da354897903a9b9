import WIBCore

/// The YAML front matter of a pack: its title, and each post's title, dates, source and tags.
struct PackFrontMatter: Encodable {
    let title: String
    let posts: [Post]

    private enum CodingKeys: String, CodingKey { case title, posts }
    private enum PostKeys: String, CodingKey { case title, posted, meeting, source, tags }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        var list = c.nestedUnkeyedContainer(forKey: .posts)
        for post in posts {
            var entry = list.nestedContainer(keyedBy: PostKeys.self)
            try entry.encode(post.metadata.title, forKey: .title)
            try entry.encodeIfPresent(post.metadata.posted, forKey: .posted)
            try entry.encodeIfPresent(post.meeting.date, forKey: .meeting)
            try entry.encodeIfPresent(post.metadata.source, forKey: .source)
            if !post.metadata.tags.isEmpty { try entry.encode(post.metadata.tags, forKey: .tags) }
        }
    }
}
