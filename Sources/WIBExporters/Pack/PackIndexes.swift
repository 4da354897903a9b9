import WIBAnnotators
import WIBCore

/// The indexes of a pack: resolutions, documents, member states with their roles, and people
/// with their titles, each entry citing the posts it appears in.
struct PackIndexes {
    let posts: [Post]
    let links: PackPostLinks
    let linksEntities: Bool

    /// The four indexes, each under its own heading.
    func blocks(anchors: [String]) -> [Block] {
        [
            PackBlocks.heading(3, "Resolutions", anchor: anchors[0]), resolutions,
            PackBlocks.heading(3, "Documents", anchor: anchors[1]), documents,
            PackBlocks.heading(3, "Member states", anchor: anchors[2]), states,
            PackBlocks.heading(3, "People", anchor: anchors[3]), people,
        ]
    }

    /// Every entity of `kind`: its id, the first mention's entity, and the posts citing it.
    private func entries(of kind: EntityKind) -> [(entity: Entity, posts: [Int])] {
        var order: [String] = []
        var found: [String: (entity: Entity, posts: [Int])] = [:]
        for (index, post) in posts.enumerated() {
            for mention in post.entities where mention.entity.kind == kind {
                let id = mention.entity.id
                if found[id] == nil {
                    order.append(id)
                    found[id] = (mention.entity, [])
                }
                if found[id]?.posts.contains(index) == false { found[id]?.posts.append(index) }
            }
        }
        return order.compactMap { found[$0] }
    }

    private func symbol(_ entity: Entity) -> [Inline] {
        guard linksEntities, let url = entity.attributes["url"] else { return [.text(entity.id)] }
        return [.link(Link(destination: url, content: [.text(entity.id)]))]
    }

    private func none(_ what: String) -> Block { PackBlocks.paragraph([.text("The posts cite no \(what).")]) }

    private var resolutions: Block {
        let sorted = entries(of: .resolution).sorted {
            (Int($0.entity.attributes["number"] ?? "") ?? 0, $0.entity.id) < (Int($1.entity.attributes["number"] ?? "") ?? 0, $1.entity.id)
        }
        guard !sorted.isEmpty else { return none("resolutions") }
        return PackBlocks.table(["Resolution", "Regime", "Cited in"], sorted.map { entry in
            [symbol(entry.entity), [.text(entry.entity.attributes["regime"] ?? "")], links.links(entry.posts)]
        })
    }

    private var documents: Block {
        let sorted = entries(of: .document).sorted { $0.entity.id < $1.entity.id }
        guard !sorted.isEmpty else { return none("documents") }
        return PackBlocks.table(["Document", "Cited in"], sorted.map { [symbol($0.entity), links.links($0.posts)] })
    }

    private var states: Block {
        let sorted = entries(of: .memberState).sorted { $0.entity.id < $1.entity.id }
        guard !sorted.isEmpty else { return none("member states") }
        return PackBlocks.table(["State", "Name", "Posts and roles"], sorted.map { entry in
            let code = entry.entity.id
            var cell: [Inline] = []
            for index in entry.posts {
                if !cell.isEmpty { cell.append(.text("; ")) }
                cell.append(links.link(index))
                cell.append(.text(" (\(roles(of: code, in: posts[index]).joined(separator: ", ")))"))
            }
            let name = MemberStates.all.first { $0.code == code }?.names.first ?? code
            return [[.text(code)], [.text(name)], cell]
        })
    }

    /// What a state does in a post: requester, briefer, rule 37, voter, or only mentioned.
    private func roles(of code: String, in post: Post) -> [String] {
        let meeting = post.meeting
        let names = MemberStates.all.first { $0.code == code }?.names ?? []
        var roles: [String] = []
        if meeting.requestedBy.contains(code) { roles.append("requester") }
        // A state briefs when its representative does ("a representative of Ukraine"); a state
        // inside an official's title ("Special Envoy for Yemen") has no role.
        if meeting.briefers.contains(where: { briefer in briefer.organization.map { names.contains($0) || $0 == code } ?? false }) {
            roles.append("briefer")
        }
        if meeting.rule37.contains(code) { roles.append("rule 37") }
        let voters = post.entities.filter { $0.entity.kind == .vote }.flatMap { ($0.entity.attributes["states"] ?? "").split(separator: ",").map(String.init) }
        if voters.contains(code) { roles.append("voter") }
        return roles.isEmpty ? ["mentioned"] : roles
    }

    private var people: Block {
        let found = entries(of: .person)
        guard !found.isEmpty else { return none("people") }
        let titles = Dictionary(grouping: posts.flatMap(\.entities).filter { $0.entity.kind == .person }) { $0.entity.id }
            .mapValues { mentions in mentions.compactMap { $0.entity.attributes["title"] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } }
        return PackBlocks.table(["Name", "Titles", "Cited in"], found.sorted { $0.entity.id < $1.entity.id }.map { entry in
            [[.text(entry.entity.id)], [.text((titles[entry.entity.id] ?? []).joined(separator: "; "))], links.links(entry.posts)]
        })
    }
}
