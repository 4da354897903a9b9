import WIBCore

/// Marks organisations: UN bodies and missions by name ("OCHA", "the Panel of Experts"); any
/// organisation a post introduces as "a representative of X" ("Conflict Armament Research") or by
/// name and acronym ("Multilateral Sanctions Monitoring Team (MSMT)"); sanctions and other
/// committees ("the 1718 DPRK Sanctions Committee"); and their later mentions.
///
/// The id is the organisation's short name, or its name as written.
public struct OrganisationAnnotator: Annotator {
    public static let name = "organisations"

    static let known = Organisations.all.flatMap { entry in entry.names.map { ($0, entry.id) } }
    private static let introduced = TextPattern(
        #"(?:representatives?|head|director|member|members|spokesperson) of (?:the )?(?<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w’'-]*)*)"#)
    private static let withAcronym = TextPattern(
        #"(?<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w’'-]*){1,7})\s+\((?<acronym>[A-Z][A-Za-z]{1,7})\)"#)
    private static let committee = TextPattern(#"(?:\d{3,4}\s+)?(?:[A-Z][\w’'-]*\s+){1,4}Committee\b"#)

    /// Creates the annotator.
    public init() {}

    /// Names a text introduces: "representative of X", "Name (ACRONYM)" where the acronym's
    /// capitals are the initials of the name's capitalised words, and committees.
    static func introducedNames(in text: String) -> [(phrase: String, id: String)] {
        var names: [(phrase: String, id: String)] = []
        let lower = text.lowercased()
        if ["representative", "head of", "director of", "member", "spokesperson of"].contains(where: { lower.contains($0) }) {
            names += representedNames(in: text)
        }
        if text.contains(" (") { names += acronymNames(in: text) }
        if text.contains("Committee") { names += committeeNames(in: text) }
        return names
    }

    private static func representedNames(in text: String) -> [(phrase: String, id: String)] {
        var names: [(phrase: String, id: String)] = []
        for match in introduced.matches(in: text) {
            guard let found = match["name"] else { continue }
            let name = String(found)
            guard isNewName(name), name.split(separator: " ").count >= 2 else { continue }
            names.append((name, name))
        }
        return names
    }

    private static func acronymNames(in text: String) -> [(phrase: String, id: String)] {
        var names: [(phrase: String, id: String)] = []
        for match in withAcronym.matches(in: text) {
            guard let found = match["name"], let acronym = match["acronym"] else { continue }
            var words = found.split(whereSeparator: \.isWhitespace).filter { $0.first!.isUppercase }
            let capitals = acronym.filter(\.isUppercase)
            while words.count > capitals.count { words.removeFirst() }
            guard let first = words.first else { continue }
            let name = found[first.startIndex...].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard words.count >= 2, String(words.map { $0.first! }) == capitals, isNewName(name),
                  words.allSatisfy({ MemberStates.codeByName[String($0)] == nil }),
                  PersonAnnotator.heads.matches(in: name).isEmpty else { continue }
            names += [(name, name), (String(acronym), name)]
        }
        return names
    }

    private static func committeeNames(in text: String) -> [(phrase: String, id: String)] {
        var names: [(phrase: String, id: String)] = []
        for match in committee.matches(in: text) where match.output.split(separator: " ").count >= 2 {
            let name = String(match.output)
            guard !name.hasPrefix("Security Council Committee") else { continue }
            names.append((name, name))
        }
        return names
    }

    private static func isNewName(_ name: String) -> Bool {
        MemberStates.codeByName[name] == nil && StateGroups.all.allSatisfy { !$0.names.contains(name) }
            && Organisations.all.allSatisfy { !$0.names.contains(name) } && !name.hasPrefix("Security Council")
    }

    public func annotate(_ post: Post) -> Post {
        var names = OrganisationAnnotator.known
        var walker = TextCollector()
        walker.walk(post.body)
        for text in walker.texts { names += OrganisationAnnotator.introducedNames(in: text) }
        let matcher = PhraseMatcher(names)
        return annotatingSpans(of: .organisation, in: post) { text in
            matcher.matches(in: text).map { TextMatch(range: $0.range, entity: Entity(kind: .organisation, id: $0.id)) }
        }
    }

    /// Gathers the text of every text leaf.
    private struct TextCollector: ASTWalker {
        var texts: [String] = []
        mutating func visitInline(_ inline: Inline) {
            if case .text(let s) = inline { texts.append(s) }
            descend(into: inline)
        }
    }
}
