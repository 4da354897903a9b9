import WIBCore
import WIBMarkdown
import Yams

/// Writes a post as GitHub Flavored Markdown: YAML front matter (by Yams), the title as a
/// level-1 heading, then the body (by cmark-gfm).
public struct MarkdownExporter: PostExporter {
    /// Creates the exporter.
    public init() {}

    public func export(_ post: Post) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true)
        let yaml = try encoder.encode(FrontMatter(post: post))
        let body = MarkdownRenderer().render(PostDocument.blocks(of: post, withSummary: false), as: .commonMark)
        return "---\n\(yaml)---\n\n\(body)"
    }
}
