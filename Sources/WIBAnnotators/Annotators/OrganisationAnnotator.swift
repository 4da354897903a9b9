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

    /// Creates the annotator.
    public init() {}

    /// Names a text introduces: "representative of X", "Name (ACRONYM)" where the acronym's
    /// capitals are the initials of the name's capitalised words, and committees.
    static func introducedNames(in block: BlockText) -> [(phrase: String, id: String)] {
        var names: [(phrase: String, id: String)] = []
        for i in block.tokens.indices where block.tokens[i].kind != .space {
            if block.isWord(i, in: OrganisationAnnotator.representing), !block.tokens[i].isCapitalised, let name = representedName(after: i, in: block) {
                names.append((name, name))
            } else if block.isMark(i, "("), i + 2 < block.tokens.count, block.tokens[i + 1].isAllCapitals, block.isMark(i + 2, ")"),
                      let name = acronymName(before: i, in: block) {
                // "Name (ACRONYM)": the acronym names it too.
                names += [(name, name), (block.string(ofToken: i + 1), name)]
            } else if block.isWord(i, "Committee"), block.tokens[i].isCapitalised, let name = committeeName(endingAt: i, in: block) {
                names.append((name, name))
            }
        }
        return names
    }

    /// The words after which "of X" names an organisation someone speaks for.
    private static let representing: WordSet = ["representative", "representatives", "member", "members", "spokesperson"]
    /// Lower-case words that may join the words of an organisation's name.
    private static let joints: WordSet = ["of", "for", "on", "and", "the", "in"]
    /// Lower-case words that join a name's words after its "to" ("… to Protect Education from Attack").
    private static let purposeJoints: WordSet = ["from", "against", "with"]

    /// The capitalised words (hyphenated words are one) that start at token `i`: its last token.
    private static func capitalisedWord(at i: Int, in block: BlockText) -> Int? {
        guard i < block.tokens.count, block.tokens[i].kind == .word, block.tokens[i].isCapitalised else { return nil }
        var last = i
        while last + 2 < block.tokens.count, block.isMark(last + 1, "-") || block.isMark(last + 1, "’") || block.isMark(last + 1, "'"),
              block.tokens[last + 2].isWordLike {
            last += 2
        }
        return last
    }

    /// "representative of (the) Conflict Armament Research": the name after the trigger at `i`;
    /// after a "to" in it, "from", "against" and "with" join its words too.
    private static func representedName(after i: Int, in block: BlockText) -> String? {
        guard var j = block.next(after: i), block.isWord(j, "of"), let next = block.next(after: j) else { return nil }
        j = block.isWord(next, "the") ? (block.next(after: next) ?? next) : next
        guard let firstEnd = capitalisedWord(at: j, in: block) else { return nil }
        var last = firstEnd, words = 1
        var purpose = false
        while last + 2 < block.tokens.count, block.tokens[last + 1].kind == .space {
            var k = last + 2
            // "the Committee to Protect Journalists", "the Global Coalition to Protect Education from Attack".
            let joint = block.isWord(k, in: joints) || block.isWord(k, "to") || (purpose && block.isWord(k, in: purposeJoints))
            if joint, !block.tokens[k].isCapitalised, k + 2 < block.tokens.count, block.tokens[k + 1].kind == .space {
                // "the African Union and ECOWAS": "and" before a name already known joins two names, not one.
                if block.isWord(k, "and"), block.hits(at: k + 2).contains(where: { hit in
                    switch hit.entry {
                    case .state, .group, .organisation: true
                    default: false
                    }
                }) { break }
                if block.isWord(k, "to") { purpose = true }
                k += 2
            }
            guard let end = capitalisedWord(at: k, in: block) else { break }
            last = end
            words += 1
        }
        let name = block.string(tokens: j, through: last)
        return words >= 2 && isNewName(name) ? name : nil
    }

    /// "Multilateral Sanctions Monitoring Team (MSMT)": the name before the bracket at `open`,
    /// whose capitalised words' initials are the acronym's capitals.
    private static func acronymName(before open: Int, in block: BlockText) -> String? {
        let capitals = block.string(ofToken: open + 1).filter(\.isUppercase)
        guard capitals.count >= 2, let end = block.previous(before: open), end == open - 2 else { return nil }
        var starts: [Int] = []
        var k = end
        while starts.count < capitals.count, k >= 0 {
            // The start of the hyphenated word that ends at k.
            var start = k
            while start >= 2, block.isMark(start - 1, "-") || block.isMark(start - 1, "’"), block.tokens[start - 2].isWordLike { start -= 2 }
            if block.tokens[start].kind == .word, block.tokens[start].isCapitalised {
                starts.insert(start, at: 0)
            } else if !(block.isWord(start, in: joints) && !block.tokens[start].isCapitalised) || starts.isEmpty {
                break
            }
            guard start >= 2, block.tokens[start - 1].kind == .space else { break }
            k = start - 2
        }
        guard starts.count == capitals.count, let first = starts.first,
              String(starts.map { block.string(ofToken: $0).first! }) == capitals,
              starts.allSatisfy({ block.state(at: $0) == nil }),
              !(first...end).contains(where: { j in block.hits(at: j).contains { if case .titleHead = $0.entry { true } else { false } } }) else { return nil }
        let name = block.string(tokens: first, through: end)
        return isNewName(name) ? name : nil
    }

    /// "the 1718 DPRK Sanctions Committee": up to four capitalised words and a number before it.
    private static func committeeName(endingAt committee: Int, in block: BlockText) -> String? {
        var first = committee
        var words = 0
        while words < 4, first >= 2, block.tokens[first - 1].kind == .space {
            var start = first - 2
            while start >= 2, block.isMark(start - 1, "-") || block.isMark(start - 1, "’"), block.tokens[start - 2].isWordLike { start -= 2 }
            guard block.tokens[start].kind == .word, block.tokens[start].isCapitalised else { break }
            first = start
            words += 1
        }
        guard words >= 1 else { return nil }
        if first >= 2, block.tokens[first - 1].kind == .space, let number = block.number(at: first - 2), number >= 100 { first -= 2 }
        let name = block.string(tokens: first, through: committee)
        return name.hasPrefix("Security Council Committee") ? nil : name
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
