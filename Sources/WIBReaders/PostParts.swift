import WIBCore

/// What a reader found of a post, made into a ``Post`` the same way for every kind of input:
/// the title split into topic, kind and update marker. Meetings are read by the annotators
/// (WIBAnnotators' `MeetingAnnotator`), from the same tokens as every other entity.
struct PostParts {
    var title: String
    var posted: CalendarDate?
    var series: String?
    var source: String
    var url: String?
    var truncated = false
    var tags: [String] = []
    var chrome: [ChromeLine] = []
    var body: [Block]
    var diagnostics: [Diagnostic] = []

    /// The post.
    var post: Post {
        let parts = TitleParts(title)
        let metadata = PostMetadata(title: parts.title, posted: posted, topic: parts.topic, kind: parts.kind, series: series,
                                    source: source, url: url, updated: parts.updated, truncated: truncated, tags: tags, chrome: chrome)
        return Post(metadata: metadata, body: body, diagnostics: diagnostics)
    }
}
