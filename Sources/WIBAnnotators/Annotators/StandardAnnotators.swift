import WIBCore

/// Every built-in annotator, by name, in the order they run.
///
/// Quotations come first (they are structure the others mark inside); dates come before the
/// annotators that split sentences into many spans (they read the sentence around a date); the
/// meeting annotator comes last (it reads the spans the others made).
public enum StandardAnnotators {
    /// The annotators in running order.
    public static let all: [any Annotator] = [
        QuotationAnnotator(), DocumentAnnotator(), ResolutionAnnotator(), CrossReferenceAnnotator(), DateAnnotator(),
        PersonAnnotator(), OrganisationAnnotator(), GroupAnnotator(), StateAnnotator(), VoteAnnotator(), MeetingAnnotator(),
    ]

    /// The names users give them.
    public static var names: [String] { all.map { type(of: $0).name } }

    /// The annotators named in `names` (in running order), or every one when `names` is `nil`.
    /// Throws the unknown name when one is not an annotator's.
    public static func selection(_ names: [String]?) throws(UnknownAnnotator) -> [any Annotator] {
        guard let names else { return all }
        if let unknown = names.first(where: { !self.names.contains($0) }) { throw UnknownAnnotator(name: unknown) }
        return all.filter { names.contains(type(of: $0).name) }
    }

    /// The post with every annotator in `annotators` applied in order.
    public static func annotate(_ post: Post, with annotators: [any Annotator] = all) -> Post {
        annotators.reduce(post) { $1.annotate($0) }
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
