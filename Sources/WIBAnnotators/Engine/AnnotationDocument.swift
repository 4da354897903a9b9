import WIBCore

/// A post as the finders read it: its metadata and every run of inlines (paragraphs, headings,
/// list items, table cells), each flattened and tokenised once, in reading order.
public struct AnnotationDocument: Sendable {
    /// The post's metadata (title, posted date, source, address).
    public let metadata: PostMetadata
    /// The text blocks, in reading order; `blocks[i].index == i`.
    public let blocks: [BlockText]
    /// Whether each block is a heading.
    public let isHeading: [Bool]
    /// The rule that gives dates written without a year their year.
    public let dates: DateRules

    /// Creates the document of `texts` (a text, its source line and whether it is a heading).
    public init(metadata: PostMetadata, texts: [(text: String, line: Int, isHeading: Bool)], lexicon: Lexicon = .standard) {
        self.metadata = metadata
        blocks = texts.enumerated().map { BlockText(text: $0.element.text, line: $0.element.line, index: $0.offset, lexicon: lexicon) }
        isHeading = texts.map(\.isHeading)
        dates = DateRules(posted: metadata.posted)
    }
}
