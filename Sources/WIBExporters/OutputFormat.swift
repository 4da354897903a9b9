/// The formats `wib convert` writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub Flavored Markdown with YAML front matter.
    case markdown
    /// WIBKit's JSON (CONTRACT.md), one object per post.
    case json
    /// A standalone, safe HTML page.
    case html
    /// A LaTeX fragment.
    case latex
    /// A man page (groff).
    case man
    /// Plain text.
    case text

    /// The file extension for this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        case .latex: "tex"
        case .man: "man"
        case .text: "txt"
        }
    }

    /// The exporter that writes this format with default options.
    public var exporter: any PostExporter { exporter(options: ExportOptions()) }

    /// The exporter that writes this format with `options`.
    public func exporter(options: ExportOptions) -> any PostExporter {
        switch self {
        case .markdown: MarkdownExporter(options: options)
        case .json: JSONExporter()
        case .html: HTMLExporter(options: options)
        case .latex: CMarkExporter(format: .latex)
        case .man: CMarkExporter(format: .man)
        case .text: CMarkExporter(format: .plainText)
        }
    }
}
