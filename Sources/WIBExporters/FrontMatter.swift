import WIBCore
import Yams

/// The YAML front matter of a post's Markdown: its metadata and meetings, written by Yams (see
/// ``YAMLText``).
///
/// `meeting` is the first meeting (left out when the post previews none); a post that previews
/// more than one also gets `meetings`, every meeting in order. Fields the post does not give are
/// left out, never written as `null` (the JSON keeps them as `null`, as the contract says); a
/// reader takes a missing field as unknown.
struct FrontMatter {
    let post: Post
    /// Whether to list the post's entities, by kind.
    let listsEntities: Bool

    /// The kinds listed, with their keys in the front matter.
    private static let listedKinds: [(kind: EntityKind, key: String)] = [
        (.resolution, "resolutions"), (.document, "documents"), (.memberState, "states"), (.group, "groups"),
        (.person, "people"), (.organisation, "organisations"), (.crossReference, "crossReferences"),
    ]

    /// The front matter's YAML, without the `---` lines around it.
    func yaml() throws -> String {
        try YAMLText.document(node)
    }

    private var node: Node {
        let metadata = post.metadata
        var pairs: [(key: String, value: Node?)] = [
            ("title", YAMLText.string(metadata.title)), ("posted", metadata.posted.map(YAMLText.day)),
            ("topic", metadata.topic.map(YAMLText.string)), ("kind", metadata.kind.map(YAMLText.string)),
            ("series", metadata.series.map(YAMLText.string)), ("source", metadata.source.map(YAMLText.string)),
            ("url", metadata.url.map(YAMLText.string)),
            ("updated", metadata.updated ? YAMLText.bool(true) : nil), ("truncated", metadata.truncated ? YAMLText.bool(true) : nil),
            ("tags", metadata.tags.isEmpty ? nil : YAMLText.strings(metadata.tags)),
            ("meeting", post.meeting != Meeting() ? FrontMatter.node(of: post.meeting) : nil),
            ("meetings", post.meetings.count > 1 ? YAMLText.sequence(post.meetings.map(FrontMatter.node(of:))) : nil),
        ]
        if listsEntities {
            let mentions = post.entities
            let lists = FrontMatter.listedKinds.map { ($0.key, mentions.distinctIDs(of: $0.kind)) }.filter { !$0.1.isEmpty }
            if !lists.isEmpty { pairs.append(("entities", YAMLText.mapping(lists.map { ($0.0, YAMLText.strings($0.1)) }))) }
        }
        return YAMLText.mapping(pairs)
    }

    /// The meeting's known fields (unknown ones are left out rather than written as null).
    private static func node(of meeting: Meeting) -> Node {
        YAMLText.mapping([
            ("date", meeting.date.map(YAMLText.day)), ("timeOfDay", meeting.timeOfDay.map { YAMLText.string($0.rawValue) }),
            ("format", meeting.format.map(YAMLText.string)), ("agendaItem", meeting.agendaItem.map(YAMLText.string)),
            ("requestedBy", meeting.requestedBy.isEmpty ? nil : YAMLText.strings(meeting.requestedBy)),
            ("briefers", meeting.briefers.isEmpty ? nil : YAMLText.sequence(meeting.briefers.map(node(of:)))),
            ("rule37", meeting.rule37.isEmpty ? nil : YAMLText.strings(meeting.rule37)),
        ])
    }

    /// A briefer's known fields: `name`, `title`, `organization`, each left out when unknown.
    private static func node(of briefer: Briefer) -> Node {
        YAMLText.mapping([
            ("name", briefer.name.map(YAMLText.string)), ("title", briefer.title.map(YAMLText.string)),
            ("organization", briefer.organization.map(YAMLText.string)),
        ])
    }
}
