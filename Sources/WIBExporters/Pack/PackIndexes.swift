import WIBAnnotators
import WIBCore

/// The indexes of a pack: resolutions, documents, member states (by the names the posts use, in
/// alphabetical order) with their roles, and people (by surname) with their titles, each entry
/// citing the posts it appears in.
struct PackIndexes {
    let posts: [Post]
    let links: PackPostLinks
    let linksEntities: Bool
    let names: PackStateNames
    /// Each post's mentions of the kinds the indexes read (each entity in the same words once),
    /// found once per post on every core.
    private let mentions: [[EntityMention]]

    /// The kinds of entity the indexes read.
    private static let kinds: Set<EntityKind> = [.resolution, .document, .memberState, .person, .vote]

    /// The indexes of `posts`; their mentions are found on every core unless not `parallel`.
    init(posts: [Post], links: PackPostLinks, linksEntities: Bool, names: PackStateNames, parallel: Bool = true) {
        self.posts = posts
        self.links = links
        self.linksEntities = linksEntities
        self.names = names
        mentions = PerPost.map(posts.count, parallel: parallel) { index in
            // A mention that repeats one before it (the same entity, in the same words) tells the
            // indexes nothing new: kept once, a post's mentions take a fraction of the memory.
            var seen = Set<EntityMention>()
            return posts[index].entities.filter { mention in
                var first = mention
                first.line = 0
                return PackIndexes.kinds.contains(mention.entity.kind) && seen.insert(first).inserted
            }
        }
    }

    /// The four indexes, each under its own heading, a table rendered a few hundred rows at a
    /// time (or a sentence saying the posts cite none).
    func parts(anchors: [String]) -> [PackPart] {
        let indexes = [("Resolutions", resolutions), ("Documents", documents), ("Member states", states), ("People", people)]
        return zip(indexes, anchors).flatMap { index, anchor in [.blocks([PackBlocks.heading(3, index.0, anchor: anchor)]), index.1] }
    }

    /// Every entity of `kind`: its id, the first mention's entity, and the posts citing it.
    private func entries(of kind: EntityKind) -> [(entity: Entity, posts: [Int])] {
        var order: [String] = []
        var found: [String: (entity: Entity, posts: [Int])] = [:]
        for (index, mentions) in mentions.enumerated() {
            for mention in mentions where mention.entity.kind == kind {
                let id = mention.entity.id
                if found[id] == nil {
                    order.append(id)
                    found[id] = (mention.entity, [])
                }
                // Posts come in order: the post is on the list already only as its last.
                if found[id]?.posts.last != index { found[id]?.posts.append(index) }
            }
        }
        return order.compactMap { found[$0] }
    }

    private func symbol(_ entity: Entity) -> [Inline] {
        guard linksEntities, let url = entity.attributes[.url] else { return [.text(entity.id)] }
        return [.link(Link(destination: url, content: [.text(entity.id)]))]
    }

    private func none(_ what: String) -> PackPart { .blocks([PackBlocks.paragraph([.text("The posts cite no \(what).")])]) }

    private var resolutions: PackPart {
        let sorted = entries(of: .resolution).sorted {
            ($0.entity.attributes[.resolutionNumber] ?? 0, $0.entity.id) < ($1.entity.attributes[.resolutionNumber] ?? 0, $1.entity.id)
        }
        guard !sorted.isEmpty else { return none("resolutions") }
        return .table(header: ["Resolution", "Regime", "Cited in"], count: sorted.count) { row in
            [symbol(sorted[row].entity), [.text(sorted[row].entity.attributes[.regime] ?? "")], links.links(sorted[row].posts)]
        }
    }

    private var documents: PackPart {
        let sorted = entries(of: .document).sorted { $0.entity.id < $1.entity.id }
        guard !sorted.isEmpty else { return none("documents") }
        return .table(header: ["Document", "Cited in"], count: sorted.count) { [symbol(sorted[$0].entity), links.links(sorted[$0].posts)] }
    }

    /// Member states by the name the posts use ("ROK", "UK"), in alphabetical order, with their
    /// full name and code, and each post with the state's roles in it.
    private var states: PackPart {
        let sorted = entries(of: .memberState).map { (entry: $0, name: names.name(of: $0.entity.id)) }
            .map { (key: $0.name.folded, state: $0) }.sorted { ($0.key, $0.state.entry.entity.id) < ($1.key, $1.state.entry.entity.id) }.map(\.state)
        guard !sorted.isEmpty else { return none("member states") }
        return .table(header: ["State", "Full name (code)", "Posts and roles"], count: sorted.count) { row in
            let (entry, name) = sorted[row]
            let code = entry.entity.id
            var cell: [Inline] = []
            for index in entry.posts {
                if !cell.isEmpty { cell.append(.text("; ")) }
                cell.append(links.link(index))
                cell.append(.text(" (\(PackIndexes.roles(of: code, in: posts[index], mentions: mentions[index]).joined(separator: ", ")))"))
            }
            return [[.text(name)], [.text("\(PackStateNames.fullName(of: code)) (\(code))")], cell]
        }
    }

    /// What a state does in a post, at any of its meetings: requester, briefer, rule 37, voter,
    /// or only mentioned (`mentions`: the post's, when known already).
    static func roles(of code: String, in post: Post, mentions: [EntityMention]? = nil) -> [String] {
        let names = MemberStates.all.first { $0.code == code }?.names ?? []
        var roles: [String] = []
        if post.meetings.contains(where: { $0.requestedBy.contains(code) }) { roles.append("requester") }
        // A state briefs when its representative does ("a representative of Ukraine"); a state
        // inside an official's title ("Special Envoy for Yemen") has no role.
        if post.meetings.flatMap(\.briefers).contains(where: { briefer in briefer.name == nil && briefer.organization.map { names.contains($0) || $0 == code } ?? false }) {
            roles.append("briefer")
        }
        if post.meetings.contains(where: { $0.rule37.contains(code) }) { roles.append("rule 37") }
        let voters = (mentions ?? post.entities).filter { $0.entity.kind == .vote }.flatMap { $0.entity.attributes[.states] ?? [] }
        if voters.contains(code) { roles.append("voter") }
        return roles.isEmpty ? ["mentioned"] : roles
    }

    /// People by surname ("Nakamitsu, Izumi"), each with every title the posts give them, the
    /// organisation kept; a title that a longer one holds ("Secretary-General" beside "NATO
    /// Secretary-General") is left out.
    private var people: PackPart {
        let found = entries(of: .person)
        guard !found.isEmpty else { return none("people") }
        // Each person's mentions and titles, each wording once (in order): what the name and the
        // titles are made of, without folding the same words again for every post.
        var mentions = Distinct()
        var titles = Distinct()
        for mention in self.mentions.joined() where mention.entity.kind == .person {
            mentions.add(mention.text, to: mention.entity.id)
            if let title = mention.entity.attributes[.title] { titles.add(title, to: mention.entity.id) }
        }
        for briefer in posts.flatMap(\.meetings).flatMap(\.briefers) {
            guard let name = briefer.name, let title = briefer.title else { continue }
            titles.add(PackMeetingTable.briefer(Briefer(title: title, organization: briefer.organization)), to: name)
        }
        let named = found.map { (entry: $0, name: PackPersonName($0.entity.id, mentions: mentions.values[$0.entity.id] ?? [])) }
            .sorted { $0.name.sortKey < $1.name.sortKey }
        return .table(header: ["Name", "Titles", "Cited in"], count: named.count) { row in
            let (entry, name) = named[row]
            return [[.text(name.indexed)], [.text(PackIndexes.fullest(titles.values[entry.entity.id] ?? []).joined(separator: "; "))], links.links(entry.posts)]
        }
    }

    /// Strings by key, each string once per key, in the order first added.
    private struct Distinct {
        private(set) var values: [String: [String]] = [:]
        private var seen: [String: Set<String>] = [:]

        mutating func add(_ value: String, to key: String) {
            if seen[key, default: []].insert(value).inserted { values[key, default: []].append(value) }
        }
    }

    /// The distinct titles, in order, without those that another one holds (compared folded).
    static func fullest(_ titles: [String]) -> [String] {
        var distinct: [(title: String, folded: String)] = []
        var seen = Set<String>()
        for title in titles {
            let folded = title.folded
            if seen.insert(folded).inserted { distinct.append((title, folded)) }
        }
        return distinct.filter { title in !distinct.contains { $0.folded != title.folded && $0.folded.contains(title.folded) } }.map(\.title)
    }
}
