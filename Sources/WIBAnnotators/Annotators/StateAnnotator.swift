import WIBCore

/// Marks UN member states and observer states by the names posts use ("the UK", "the DPRK",
/// "Côte d’Ivoire", "UK-based"); the id is the ISO 3166-1 alpha-3 code.
///
/// A name followed by its abbreviation in brackets is one mention: "Republic of Korea (ROK)".
/// Demonyms ("Russian") are not mentions of a state.
public struct StateAnnotator: Annotator {
    public static let name = "states"

    static let matcher = PhraseMatcher(MemberStates.all.flatMap { entry in entry.names.map { ($0, entry.code) } })

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        annotatingSpans(of: .memberState, in: post) { text in
            StateAnnotator.matcher.matches(in: text).map { match in
                var end = match.range.upperBound
                let rest = text[end...]
                if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")"),
                   MemberStates.codeByName[String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])] == match.id {
                    end = rest.index(after: close)
                }
                return TextMatch(range: match.range.lowerBound..<end, entity: Entity(kind: .memberState, id: match.id))
            }
        }
    }
}
