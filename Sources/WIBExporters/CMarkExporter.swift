import WIBCore
import WIBMarkdown

/// Writes a post in one of cmark-gfm's own formats (plain text, LaTeX, man): the title, a
/// one-line summary of the meeting, and the body.
public struct CMarkExporter: PostExporter {
    /// The cmark-gfm format written.
    public let format: RenderFormat

    /// Creates an exporter for `format`.
    public init(format: RenderFormat) {
        self.format = format
    }

    public func export(_ post: Post) throws -> String {
        MarkdownRenderer().render(PostDocument.blocks(of: post, withSummary: true, options: ExportOptions(linksEntities: false)), as: format)
    }
}
