import WIBCore
import WIBMarkdown

/// Writes a post as a standalone HTML page. The content is rendered by cmark-gfm in its safe
/// mode: raw HTML in the input never passes and `javascript:` links are dropped. The page has
/// no scripts. Under the title: the meeting's summary, a link to the post's address when it is
/// known, and its tags. Resolutions and documents link to undocs.org unless ``ExportOptions``
/// says otherwise.
public struct HTMLExporter: PostExporter {
    /// The options.
    public let options: ExportOptions

    /// Creates the exporter.
    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func export(_ post: Post) throws -> String {
        HTMLPage.page(title: post.metadata.title,
                      content: MarkdownRenderer().render(PostDocument.blocks(of: post, withSummary: true, withSourceAndTags: true, options: options), as: .html),
                      document: "post", posted: post.metadata.posted, address: post.metadata.url)
    }
}
