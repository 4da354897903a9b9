import WIBCore

/// Every built-in annotator, by name.
///
/// The finders among them run together in one ``AnnotationEngine`` pass, in any order (their
/// output does not depend on it); the meeting annotator reads the settled spans after them; other
/// annotators (users' own that are not ``EntityFinder``s) run after, in the order given.
public enum StandardAnnotators {
    /// The annotators, in the order `wib transformers` lists them.
    public static let all: [any Annotator] = [
        QuotationAnnotator(), DocumentAnnotator(), ResolutionAnnotator(), CrossReferenceAnnotator(), DateAnnotator(),
        PersonAnnotator(), OrganisationAnnotator(), GroupAnnotator(), StateAnnotator(), VoteAnnotator(), MeetingAnnotator(),
    ]

    /// The finders the meeting reader needs: people, organisations and states.
    static let meetingFinders: [any EntityFinder] = [PersonAnnotator(), OrganisationAnnotator(), StateAnnotator()]

    /// The names users give them.
    public static var names: [String] { all.map { type(of: $0).name } }

    /// The annotators named in `names` (in the order of ``all``), or every one when `names` is `nil`.
    /// Throws the unknown name when one is not an annotator's.
    public static func selection(_ names: [String]?) throws(UnknownAnnotator) -> [any Annotator] {
        guard let names else { return all }
        if let unknown = names.first(where: { !self.names.contains($0) }) { throw UnknownAnnotator(name: unknown) }
        return all.filter { names.contains(type(of: $0).name) }
    }

    /// The post with every annotator in `annotators` applied: the finders in one engine pass
    /// (with the meeting reader when it is among them), then the others in order.
    public static func annotate(_ post: Post, with annotators: [any Annotator] = all) -> Post {
        let finders = annotators.compactMap { $0 as? any EntityFinder }
        let readsMeetings = annotators.contains { $0 is MeetingAnnotator }
        var annotated = finders.isEmpty && !readsMeetings ? post : AnnotationEngine(finders: finders, readsMeetings: readsMeetings).annotate(post)
        for other in annotators where !(other is any EntityFinder) && !(other is MeetingAnnotator) { annotated = other.annotate(annotated) }
        return annotated
    }
}

/// A name that is no annotator's.
public struct UnknownAnnotator: Error, CustomStringConvertible {
    /// The name given.
    public let name: String

    public var description: String {
        "unknown annotator '\(name)'; the annotators are: \(StandardAnnotators.names.joined(separator: ", "))"
    }
}
