/// The formats `wib convert` writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub Flavored Markdown with YAML front matter.
    case markdown
    /// WIBKit's JSON, one object per post
    /// (Sources/WIBKit/WIBKit.docc/CommandLineAndJSONReference.md).
    case json
    /// A standalone, safe HTML page.
    case html
    /// LaTeX: a fragment, or with ``ExportOptions/standalone`` a document that pdflatex compiles.
    case latex
    /// A man page (groff, section 7), always whole: `.TH`, `NAME`, then the post's sections.
    case man
    /// Plain text.
    case text

    /// The format a name gives, in any case: its own name or a short one (`md`, `htm`, `tex`,
    /// `txt`, …; see ``aliases``), or `nil`.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let format = OutputFormat(rawValue: lowered) ?? OutputFormat.allCases.first(where: { $0.aliases.contains(lowered) }) else { return nil }
        self = format
    }

    /// The format a file's extension gives (without the dot, any case; see ``fileExtensions``),
    /// or `nil`.
    public init?(fileExtension: String) {
        let lowered = fileExtension.lowercased()
        guard let format = OutputFormat.allCases.first(where: { $0.fileExtensions.contains(lowered) }) else { return nil }
        self = format
    }

    /// Other names `--to` takes for this format: `md` and `gfm`, `htm`, `tex`, `txt` and `plain`.
    public var aliases: [String] {
        switch self {
        case .markdown: ["md", "gfm"]
        case .json, .man: []
        case .html: ["htm"]
        case .latex: ["tex"]
        case .text: ["txt", "plain"]
        }
    }

    /// The file extensions (without the dot, lower case) that name this format: `md`/`markdown`,
    /// `json`, `html`/`htm`, `tex`/`latex`, the man sections `7` (the section wib's man pages
    /// are in, for documents), `man` and `1`…`9`, `txt`/`text`.
    /// The first is the one ``fileExtension`` gives.
    public var fileExtensions: [String] {
        switch self {
        case .markdown: ["md", "markdown"]
        case .json: ["json"]
        case .html: ["html", "htm"]
        case .latex: ["tex", "latex"]
        case .man: ["7", "man"] + [1, 2, 3, 4, 5, 6, 8, 9].map(String.init)
        case .text: ["txt", "text"]
        }
    }

    /// The file extension for this format, without the dot: what `wib convert --output DIR`
    /// and the pipeline's per-post exports name their files with.
    public var fileExtension: String { fileExtensions[0] }

    /// The exporter that writes this format with default options.
    public var exporter: any PostExporter { exporter(options: ExportOptions()) }

    /// The exporter that writes this format with `options`.
    public func exporter(options: ExportOptions) -> any PostExporter {
        switch self {
        case .markdown: MarkdownExporter(options: options)
        case .json: JSONExporter()
        case .html: HTMLExporter(options: options)
        case .latex: LaTeXExporter(standalone: options.standalone)
        case .man: ManPageExporter(section: options.manSection)
        case .text: CMarkExporter(format: .plainText)
        }
    }
}
