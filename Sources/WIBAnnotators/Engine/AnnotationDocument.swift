import WIBCore

/// A post as the finders read it: its metadata and every run of inlines (paragraphs, headings,
/// list items, table cells), each flattened and tokenised once, in reading order.
public struct AnnotationDocument: Sendable {
    /// The post's metadata (title, posted date, source, address).
    public let metadata: PostMetadata
    /// The text blocks, in reading order; `blocks[i].index == i`.
    public let blocks: [BlockText]
    /// What each block is: a heading, a paragraph, a list item's paragraph or a table cell.
    public let kinds: [TextBlockKind]
    /// The one rule that gives dates written without a year their year: against the posted date,
    /// else the year of the post's address or file name, else none.
    public let dates: DateResolver

    /// Creates the document of `texts` (a text, its source line and what block holds it).
    public init(metadata: PostMetadata, texts: [(text: String, line: Int, kind: TextBlockKind)], lexicon: Lexicon = .standard) {
        self.metadata = metadata
        blocks = texts.enumerated().map { BlockText(text: $0.element.text, line: $0.element.line, index: $0.offset, lexicon: lexicon) }
        kinds = texts.map(\.kind)
        dates = DateResolver(metadata)
    }
}

/// What holds a run of text.
public enum TextBlockKind: Sendable, Hashable {
    /// A heading.
    case heading
    /// A paragraph outside lists.
    case paragraph
    /// A paragraph inside a list item.
    case listItem
    /// A table cell.
    case tableCell
}
