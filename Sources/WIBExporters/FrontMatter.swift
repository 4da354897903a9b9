import WIBCore

/// The YAML front matter of a post's Markdown: its metadata and meetings, encoded by Yams.
///
/// `meeting` is the first meeting (left out when the post previews none); a post that previews
/// more than one also gets `meetings`, every meeting in order. Fields the post does not give are
/// left out, never written as `null` (the JSON keeps them as `null`, as the contract says); a
/// reader takes a missing field as unknown.
struct FrontMatter: Encodable {
    let post: Post
    /// Whether to list the post's entities, by kind.
    let listsEntities: Bool

    private enum CodingKeys: String, CodingKey {
        case title, posted, topic, kind, series, source, url, updated, truncated, tags, meeting, meetings, entities
    }

    /// The kinds listed, with their keys in the front matter.
    private static let listedKinds: [(kind: EntityKind, key: String)] = [
        (.resolution, "resolutions"), (.document, "documents"), (.memberState, "states"), (.group, "groups"),
        (.person, "people"), (.organisation, "organisations"), (.crossReference, "crossReferences"),
    ]

    func encode(to encoder: any Encoder) throws {
        let metadata = post.metadata
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metadata.title, forKey: .title)
        try c.encodeIfPresent(metadata.posted, forKey: .posted)
        try c.encodeIfPresent(metadata.topic, forKey: .topic)
        try c.encodeIfPresent(metadata.kind, forKey: .kind)
        try c.encodeIfPresent(metadata.series, forKey: .series)
        try c.encodeIfPresent(metadata.source, forKey: .source)
        try c.encodeIfPresent(metadata.url, forKey: .url)
        if metadata.updated { try c.encode(true, forKey: .updated) }
        if metadata.truncated { try c.encode(true, forKey: .truncated) }
        if !metadata.tags.isEmpty { try c.encode(metadata.tags, forKey: .tags) }
        if post.meeting != Meeting() { try c.encode(MeetingFields(meeting: post.meeting), forKey: .meeting) }
        if post.meetings.count > 1 { try c.encode(post.meetings.map(MeetingFields.init(meeting:)), forKey: .meetings) }
        guard listsEntities else { return }
        let mentions = post.entities
        let lists = FrontMatter.listedKinds.map { ($0.key, mentions.distinctIDs(of: $0.kind)) }.filter { !$0.1.isEmpty }
        if !lists.isEmpty { try c.encode(EntityLists(lists: lists), forKey: .entities) }
    }

    /// The distinct entity ids of each kind, in order of first mention.
    private struct EntityLists: Encodable {
        let lists: [(key: String, ids: [String])]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: ListKey.self)
            for (key, ids) in lists { try c.encode(ids, forKey: ListKey(stringValue: key)) }
        }

        private struct ListKey: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    /// The meeting's known fields (unknown ones are left out rather than written as null).
    private struct MeetingFields: Encodable {
        let meeting: Meeting

        private enum CodingKeys: String, CodingKey { case date, timeOfDay, format, agendaItem, requestedBy, briefers, rule37 }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(meeting.date, forKey: .date)
            try c.encodeIfPresent(meeting.timeOfDay, forKey: .timeOfDay)
            try c.encodeIfPresent(meeting.format, forKey: .format)
            try c.encodeIfPresent(meeting.agendaItem, forKey: .agendaItem)
            if !meeting.requestedBy.isEmpty { try c.encode(meeting.requestedBy, forKey: .requestedBy) }
            if !meeting.briefers.isEmpty { try c.encode(meeting.briefers.map(BrieferFields.init(briefer:)), forKey: .briefers) }
            if !meeting.rule37.isEmpty { try c.encode(meeting.rule37, forKey: .rule37) }
        }
    }

    /// A briefer's known fields: `name`, `title`, `organization`, each left out when unknown.
    private struct BrieferFields: Encodable {
        let briefer: Briefer

        private enum CodingKeys: String, CodingKey { case name, title, organization }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(briefer.name, forKey: .name)
            try c.encodeIfPresent(briefer.title, forKey: .title)
            try c.encodeIfPresent(briefer.organization, forKey: .organization)
        }
    }
}
