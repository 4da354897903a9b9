import Foundation
import WIBKit

/// A post made ready for the store: what identifies it, its JSON and hash, and the facts the
/// queries look at. Made from an annotated post (see ``Archive/add(_:)``).
public struct ArchiveEntry: Sendable {
    /// A meeting's row.
    struct MeetingRow: Sendable {
        var date: String?, timeOfDay: String?, format: String?, agendaItem: String?
        var briefers: [Briefer]
        /// `format` and `agendaItem` folded, for matching what users type.
        var formatFolded: String?, agendaFolded: String?
    }

    /// An entity named by the post: `meeting` is the index in ``meetings`` for the roles a
    /// meeting gives (`requester`, `rule37`, `briefer`), `nil` for a span of the text.
    struct MentionRow: Sendable, Hashable {
        var kind: String, key: String, number: Int?, role: String, meeting: Int?
        /// `key` folded, for matching what users type.
        var folded: String

        init(kind: String, key: String, number: Int?, role: String, meeting: Int?) {
            (self.kind, self.key, self.number, self.role, self.meeting) = (kind, key, number, role, meeting)
            folded = key.folded
        }
    }

    /// What identifies the post across runs: its address without scheme, `www.`, query or final
    /// slash (`url:securitycouncilreport.org/whatsinblue/2024/06/x.php`), else the absolute
    /// path of its file (`file:/home/…/post.txt`), else its title and posted date.
    public let key: String
    /// The post's JSON, as `wib convert --to json` writes it (`body` included).
    public let json: String
    /// The 64-bit FNV-1a hash of ``json``, in 16 hex digits.
    public let contentHash: String
    /// The post's folded title and posted date, by which another copy of it (from another file
    /// or address) is known; `nil` without a posted date.
    let identity: String?
    let title: String, source: String?, url: String?, posted: String?, day: String?, topic: String?, truncated: Bool
    let bodyText: String
    /// Characters in ``bodyText``.
    let textLength: Int
    let topicFolded: String?
    let meetings: [MeetingRow]
    let mentions: [MentionRow]

    /// The entry for `post` (annotated, so that its entities and meetings are known). A file
    /// path as the post's source is made absolute, so that the same file named in another way
    /// gives the same entry.
    public init(_ post: Post) throws {
        var post = post
        if let source = post.metadata.source, source != "-", !ArchiveEntry.isAddress(source) {
            post.metadata.source = URL(fileURLWithPath: source).standardizedFileURL.path
        }
        let json = try JSONExporter().export(post)
        self.json = json
        var hash = WrittenFiles.ContentHash()
        hash.add(json.utf8)
        contentHash = hash.digest
        key = ArchiveEntry.key(of: post)
        identity = post.metadata.posted.map { "\(post.metadata.title.folded)|\($0)" }
        title = post.metadata.title
        source = post.metadata.source
        url = post.metadata.url
        posted = post.metadata.posted?.description
        day = (post.meeting.date ?? post.metadata.posted)?.description
        topic = post.metadata.topic
        truncated = post.metadata.truncated
        bodyText = post.bodyText
        textLength = bodyText.count
        topicFolded = topic?.folded
        meetings = post.meetings.map {
            MeetingRow(date: $0.date?.description, timeOfDay: $0.timeOfDay?.rawValue, format: $0.format, agendaItem: $0.agendaItem, briefers: $0.briefers,
                       formatFolded: $0.format?.folded, agendaFolded: $0.agendaItem?.folded)
        }
        var mentions: [MentionRow] = []
        var seen = Set<MentionRow>()
        func add(_ row: MentionRow) { if seen.insert(row).inserted { mentions.append(row) } }
        for (index, meeting) in post.meetings.enumerated() {
            for state in meeting.requestedBy { add(MentionRow(kind: EntityKind.memberState.rawValue, key: state, number: nil, role: "requester", meeting: index)) }
            for state in meeting.rule37 { add(MentionRow(kind: EntityKind.memberState.rawValue, key: state, number: nil, role: "rule37", meeting: index)) }
            for briefer in meeting.briefers {
                if let name = briefer.name { add(MentionRow(kind: EntityKind.person.rawValue, key: name, number: nil, role: "briefer", meeting: index)) }
                if let organization = briefer.organization {
                    add(MentionRow(kind: EntityKind.organisation.rawValue, key: organization, number: nil, role: "briefer", meeting: index))
                }
            }
        }
        for mention in post.entities {
            add(MentionRow(kind: mention.entity.kind.rawValue, key: mention.entity.id, number: mention.entity.kind == .resolution ? mention.entity.attributes[.resolutionNumber] : nil,
                           role: "mentioned", meeting: nil))
        }
        self.mentions = mentions
    }

    /// Whether `text` is a web address rather than a path.
    static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://")
    }

    /// The key of `post` (its source already absolute).
    static func key(of post: Post) -> String {
        if let url = post.metadata.url, let address = normalized(url) { return "url:\(address)" }
        if let source = post.metadata.source, source != "-" {
            return ArchiveEntry.isAddress(source) ? "url:\(normalized(source) ?? source)" : "file:\(source)"
        }
        return "title:\(post.metadata.title.folded)|\(post.metadata.posted?.description ?? "")"
    }

    /// An address without scheme, `www.`, query, fragment or final slash.
    static func normalized(_ url: String) -> String? {
        guard let components = URLComponents(string: url.trimmingCharacters(in: .whitespaces)) else { return nil }
        let host = (components.host ?? "").lowercased()
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let path = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
        return bare.isEmpty && path.isEmpty ? nil : bare + path
    }
}
