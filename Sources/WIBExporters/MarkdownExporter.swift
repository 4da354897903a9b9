import WIBCore
import WIBMarkdown
import Yams

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
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true)
        let yaml = try encoder.encode(FrontMatter(post: post, listsEntities: options.listsEntities))
        let body = MarkdownRenderer().render(PostDocument.blocks(of: post, withSummary: false, options: options), as: .commonMark)
        return "---\n\(yaml)---\n\n\(body)"
    }
}
