import WIBCore

/// Marks organisations: UN bodies and missions by name ("OCHA", "the Panel of Experts"), and any
/// organisation a post introduces as "a representative of X" ("Conflict Armament Research"),
/// with its later mentions.
///
/// The id is the organisation's short name, or its name as written.
public struct OrganisationAnnotator: Annotator {
    public static let name = "organisations"

    static let known = Organisations.all.flatMap { entry in entry.names.map { ($0, entry.id) } }
    private static var introduced: Regex<(Substring, name: Substring)> {
        #/(?:representatives?|head|director|member|members|spokesperson) of (?:the )?(?<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w’'-]*)*)/#
    }

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        var names = OrganisationAnnotator.known
        var walker = TextCollector()
        walker.walk(post.body)
        for text in walker.texts {
            for match in text.matches(of: OrganisationAnnotator.introduced) {
                let name = String(match.output.name)
                guard MemberStates.codeByName[name] == nil, StateGroups.all.allSatisfy({ !$0.names.contains(name) }),
                      name.split(separator: " ").count >= 2 else { continue }
                names.append((name, name))
            }
        }
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
