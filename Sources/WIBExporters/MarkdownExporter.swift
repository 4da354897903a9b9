import WIBCore
import WIBMarkdown

/// Writes a post as GitHub Flavored Markdown: YAML front matter (by Yams), the title as a
/// level-1 heading, then the body (by cmark-gfm). Resolutions and documents link to undocs.org
/// and the front matter lists the entities, unless ``ExportOptions`` says otherwise.
public struct MarkdownExporter: PostExporter {
    /// The options.
    public let options: ExportOptions

    /// Creates the exporter.
    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func export(_ post: Post) throws -> String {
        let yaml = try FrontMatter(post: post, listsEntities: options.listsEntities).yaml()
        let body = MarkdownRenderer().render(PostDocument.blocks(of: post, withSummary: false, options: options), as: .commonMark)
        return "---\n\(yaml)---\n\n\(body)"
    }
}
