import WIBCore

/// Marks groups of states and regional organisations ("the A3", "the E10", "P5", "the EU",
/// "NATO", "BRICS"); the id is the group's short name. Groups are never states.
public struct GroupAnnotator: Annotator {
    public static let name = "groups"

    static let matcher = PhraseMatcher(StateGroups.all.flatMap { entry in entry.names.map { ($0, entry.id) } })

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        annotatingSpans(of: .group, in: post) { text in
            GroupAnnotator.matcher.matches(in: text).map {
                TextMatch(range: $0.range, entity: Entity(kind: .group, id: $0.id))
            }
        }
    }
}
