/// What a post says about itself: title, dates, where it came from, and its page furniture.
public struct PostMetadata: Sendable, Hashable {
    /// The title, without a trailing update marker (`*`).
    public var title: String
    /// The day the post was published.
    public var posted: CalendarDate?
    /// What the post is about, from the title: "DPRK (North Korea)", "Ukraine".
    public var topic: String?
    /// The kind of meeting the title names: "Open Briefing", "Briefing", "Mandate Renewal".
    public var kind: String?
    /// The series, "What's In Blue", when the input names it.
    public var series: String?
    /// Where the post was read from: a path, `-` for standard input, or a URL.
    public var source: String?
    /// The post's address on the web, when the input gives it (a saved page's canonical link, a
    /// feed item's link).
    public var url: String?
    /// Whether the post was marked as updated (a trailing `*` or an `Update:` prefix).
    public var updated: Bool
    /// Whether the post appears cut off (no footer and no final punctuation).
    public var truncated: Bool
    /// The post's tags, where the input names them.
    public var tags: [String]
    /// Lines of the input that are page furniture, kept verbatim.
    public var chrome: [ChromeLine]

    /// Creates metadata.
    public init(title: String, posted: CalendarDate? = nil, topic: String? = nil, kind: String? = nil,
                series: String? = nil, source: String? = nil, url: String? = nil, updated: Bool = false, truncated: Bool = false,
                tags: [String] = [], chrome: [ChromeLine] = []) {
        self.title = title
        self.posted = posted
        self.topic = topic
        self.kind = kind
        self.series = series
        self.source = source
        self.url = url
        self.updated = updated
        self.truncated = truncated
        self.tags = tags
        self.chrome = chrome
    }
}
