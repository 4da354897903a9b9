/// One What's In Blue post: its metadata, the meetings it previews, and its body.
///
/// A post is a value: transformers take posts and return changed copies. Its `Codable` form is
/// WIBKit's JSON (`schemaVersion` 1; Sources/WIBKit/WIBKit.docc/CommandLineAndJSONReference.md),
/// with the derived indexes (`resolutions`, `documents`, `states`, `entities`) written out and
/// recomputed, not read, on decoding.
/// `meeting` (the first meeting, or all-null) comes before `meetings` (every meeting); decoding
/// takes `meetings` when present, else `meeting` when it has any field set, else no meeting.
public struct Post: Sendable, Hashable, Codable {
    /// The version of the JSON shape this type reads and writes.
    public static let schemaVersion = 1

    /// Title, dates, source and page furniture.
    public var metadata: PostMetadata
    /// Every meeting the post previews, in the order it gives them; empty when it names none.
    public var meetings: [Meeting]
    /// The body, in reading order.
    public var body: [Block]
    /// Warnings raised while reading or transforming the post.
    public var diagnostics: [Diagnostic]

    /// Creates a post that previews `meetings`, in order.
    public init(metadata: PostMetadata, meetings: [Meeting] = [], body: [Block] = [], diagnostics: [Diagnostic] = []) {
        self.metadata = metadata
        self.meetings = meetings
        self.body = body
        self.diagnostics = diagnostics
    }

    /// Creates a post about one meeting; no meeting at all when `meeting` is the empty `Meeting()`.
    public init(metadata: PostMetadata, meeting: Meeting, body: [Block] = [], diagnostics: [Diagnostic] = []) {
        self.init(metadata: metadata, body: body, diagnostics: diagnostics)
        self.meeting = meeting
    }

    /// The first meeting the post previews, or the empty `Meeting()` when it previews none.
    ///
    /// Setting it replaces the first of ``meetings``; on a post without meetings it adds one,
    /// unless the value is the empty `Meeting()`.
    public var meeting: Meeting {
        get { meetings.first ?? Meeting() }
        set {
            if meetings.isEmpty {
                if newValue != Meeting() { meetings = [newValue] }
            } else {
                meetings[0] = newValue
            }
        }
    }

    /// Every annotated span of the body, in document order.
    public var entities: [EntityMention] {
        var collector = EntityCollector()
        collector.walk(body)
        return collector.mentions
    }

    /// The body's text: each top-level block's ``Block/plainText``, separated by blank lines.
    public var bodyText: String {
        body.map(\.plainText).joined(separator: "\n\n")
    }

    /// The post with its body rewritten by `rewriter` (by a copy of it; pass it `inout` to read
    /// what it kept).
    public func rewritten(by rewriter: some ASTRewriter) -> Post {
        var copy = rewriter
        return rewritten(by: &copy)
    }

    /// The post with its body rewritten by `rewriter`, which keeps what it learnt on the way
    /// (counts, names, links made).
    public func rewritten<R: ASTRewriter>(by rewriter: inout R) -> Post {
        var copy = self
        copy.body = rewriter.rewrite(body)
        return copy
    }

    /// The distinct ids of the mentioned entities of one kind, in order of first mention.
    public func distinctEntityIDs(of kind: EntityKind) -> [String] {
        entities.distinctIDs(of: kind)
    }

    // MARK: Codable

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, title, posted, topic, kind, series, source, url, updated, truncated, tags
        case meeting, meetings, resolutions, documents, states, entities, body, chrome, diagnostics
    }

    /// A resolution in the JSON's `resolutions` list.
    private struct ResolutionSummary: Encodable {
        var number: Int?
        var year: Int?
        var symbol: String

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(year, forKey: .year)
            try c.encode(symbol, forKey: .symbol)
        }

        private enum CodingKeys: String, CodingKey { case number, year, symbol }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try Post.checkSchemaVersion(try c.decodeIfPresent(Int.self, forKey: .schemaVersion), in: c, key: .schemaVersion)
        metadata = PostMetadata(
            title: try c.decode(String.self, forKey: .title),
            posted: try c.decodeIfPresent(CalendarDate.self, forKey: .posted),
            topic: try c.decodeIfPresent(String.self, forKey: .topic),
            kind: try c.decodeIfPresent(String.self, forKey: .kind),
            series: try c.decodeIfPresent(String.self, forKey: .series),
            source: try c.decodeIfPresent(String.self, forKey: .source),
            url: try c.decodeIfPresent(String.self, forKey: .url),
            updated: try c.decodeIfPresent(Bool.self, forKey: .updated) ?? false,
            truncated: try c.decodeIfPresent(Bool.self, forKey: .truncated) ?? false,
            tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [],
            chrome: try c.decodeIfPresent([ChromeLine].self, forKey: .chrome) ?? [])
        let first = try c.decodeIfPresent(Meeting.self, forKey: .meeting) ?? Meeting()
        let listed = try c.decodeIfPresent([Meeting].self, forKey: .meetings)
        meetings = listed ?? []
        body = try c.decodeIfPresent([Block].self, forKey: .body) ?? []
        diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
        // JSON written before `meetings` existed gives its one meeting as `meeting`.
        if listed == nil { meeting = first }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let mentions = entities
        try c.encode(Post.schemaVersion, forKey: .schemaVersion)
        try c.encode(metadata.title, forKey: .title)
        try c.encode(metadata.posted, forKey: .posted)
        try c.encode(metadata.topic, forKey: .topic)
        try c.encode(metadata.kind, forKey: .kind)
        try c.encode(metadata.series, forKey: .series)
        try c.encode(metadata.source, forKey: .source)
        try c.encode(metadata.url, forKey: .url)
        try c.encode(metadata.updated, forKey: .updated)
        try c.encode(metadata.truncated, forKey: .truncated)
        try c.encode(metadata.tags, forKey: .tags)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(meetings, forKey: .meetings)
        let resolutions = mentions.distinctIDs(of: .resolution).map { symbol in
            let attributes = mentions.first { $0.entity.id == symbol }?.entity.attributes ?? EntityAttributes()
            return ResolutionSummary(number: attributes[.resolutionNumber], year: attributes[.resolutionYear], symbol: symbol)
        }
        try c.encode(resolutions, forKey: .resolutions)
        try c.encode(mentions.distinctIDs(of: .document), forKey: .documents)
        try c.encode(mentions.distinctIDs(of: .memberState), forKey: .states)
        try c.encode(mentions, forKey: .entities)
        try c.encode(body, forKey: .body)
        try c.encode(metadata.chrome, forKey: .chrome)
        try c.encode(diagnostics, forKey: .diagnostics)
    }

    /// Throws unless `version` is absent or the one this type reads.
    static func checkSchemaVersion<K: CodingKey>(_ version: Int?, in container: KeyedDecodingContainer<K>, key: K) throws {
        guard let version, version != schemaVersion else { return }
        throw DecodingError.dataCorruptedError(forKey: key, in: container,
            debugDescription: "schemaVersion \(version) is not supported; this WIBKit reads schemaVersion \(schemaVersion)")
    }
}
