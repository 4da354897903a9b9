import WIBCore

/// Reads the meetings a post previews — date, time of day, format, agenda item, requesters,
/// briefers and rule 37 participants — from the grammar of its opening sentences (see
/// ``MeetingReader``), over the people, organisations and states the finders mark (it runs them
/// itself, so it needs no other annotator).
///
/// A post that already has meetings (read from our Markdown or JSON) keeps them; the meetings
/// are read only for posts that have none.
public struct MeetingAnnotator: Annotator {
    public static let name = "meeting"

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        AnnotationEngine(finders: [], readsMeetings: true).annotate(post)
    }
}
