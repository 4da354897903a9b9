import WIBCore

/// Marks organisations: UN bodies and missions by name ("OCHA", "the Panel of Experts"); any
/// organisation a post introduces as "a representative of X" ("Conflict Armament Research") or by
/// name and acronym ("Multilateral Sanctions Monitoring Team (MSMT)"); sanctions and other
/// committees ("the 1718 DPRK Sanctions Committee"); and their later mentions.
///
/// The id is the organisation's short name, or its name as written.
public struct OrganisationAnnotator: EntityFinder {
    public static let name = "organisations"
    public var kinds: Set<EntityKind> { [.organisation] }

    private static let introduced = TextPattern(
        #"(?:representatives?|member|members|spokesperson) of (?:the )?(?<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w’'-]*)*)"#)
    private static let withAcronym = TextPattern(
        #"(?<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w’'-]*){1,7})\s+\((?<acronym>[A-Z][A-Za-z]{1,7})\)"#)
    private static let committee = TextPattern(#"(?:\d{3,4}\s+)?(?:[A-Z][\w’'-]*\s+){1,4}Committee\b"#)

    /// Creates the annotator.
    public init() {}

    /// Names a text introduces: "representative of X", "Name (ACRONYM)" where the acronym's
    /// capitals are the initials of the name's capitalised words, and committees.
    static func introducedNames(in block: BlockText) -> [(phrase: String, id: String)] {
        var names: [(phrase: String, id: String)] = []
        // Each pattern reads a few words around the token that triggers it.
        for i in block.tokens.indices where block.tokens[i].kind != .space {
            if block.isWord(i, in: OrganisationAnnotator.representing) {
                names += representedNames(in: block.window(from: block.tokens[i].start, to: block.tokens[i].start + 160).text)
            } else if block.isMark(i, "("), i + 2 < block.tokens.count, block.tokens[i + 1].isAllCapitals, block.isMark(i + 2, ")") {
                // "Name (ACRONYM)": a bracketed all-capitals word.
                names += acronymNames(in: block.window(from: block.tokens[max(0, i - 24)].start, to: block.tokens[i + 2].end).text)
            } else if block.isWord(i, "Committee"), block.tokens[i].isCapitalised {
                names += committeeNames(in: block.window(from: block.tokens[max(0, i - 10)].start, to: block.tokens[i].end).text)
            }
        }
        return names
    }

    /// The words after which "of X" names an organisation someone speaks for.
    private static let representing: WordSet = ["representative", "representatives", "member", "members", "spokesperson"]

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
                  !Titles.heads.contains(where: { name.contains($0) }) else { continue }
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

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        var introduced: [(phrase: String, caseSensitive: Bool, entry: LexiconEntry)] = []
        var seen = Set<String>()
        for block in document.blocks {
            for name in OrganisationAnnotator.introducedNames(in: block) where seen.insert(name.phrase).inserted {
                introduced.append((name.phrase, true, .organisation(name.id)))
            }
        }
        let names = introduced.isEmpty ? nil : Lexicon(entries: introduced)
        return document.blocks.flatMap { block in
            var found = block.phrases { if case .organisation(let id) = $0 { id } else { nil } }
            if let names {
                let taken = found.map(\.tokens)
                var next = 0
                for hit in names.hits(in: block.tokens, bytes: block.bytes) where hit.tokens.lowerBound >= next {
                    guard case .organisation(let id) = hit.entry, !taken.contains(where: { $0.overlaps(hit.tokens) }) else { continue }
                    found.append((hit.tokens, id))
                    next = hit.tokens.upperBound
                }
            }
            return found.map {
                FoundSpan(block: block.index, range: block.range(tokens: $0.tokens.lowerBound, through: $0.tokens.upperBound - 1),
                          entity: Entity(kind: .organisation, id: $0.id))
            }
        }
    }
}
