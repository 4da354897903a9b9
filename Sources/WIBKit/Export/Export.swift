import WIBCore
import WIBExporters

/// Adds output files to the run: one per post (Markdown, JSON, HTML, LaTeX, man, text), one
/// briefing pack of every post, or one JSON corpus of every post. The files are written at the end of the run, into its output
/// folder, only if every step succeeded.
///
/// In a pipeline file: `- export: {format: markdown}` or
/// `- export: {format: pack, file: dprk.md, title: "DPRK: arms transfers"}`.
public struct Export: ConfigurableTransformer {
    public static let name = "export"
    public static let summary = "Writes each post (markdown, json, html, latex, man, text), a briefing pack (pack) or one JSON file of all posts (corpus)."

    /// What an export writes.
    public enum Format: Sendable, Hashable {
        /// One file per post.
        case posts(OutputFormat)
        /// One briefing pack (Markdown, or HTML for a `.html` file).
        case pack
        /// One JSON corpus of every post.
        case corpus
    }

    /// The format names a pipeline file uses.
    public static let formatNames = OutputFormat.allCases.map(\.rawValue) + ["pack", "corpus"]

    public static let options = [
        TransformerOption("format", .choice(formatNames), "What to write (default: markdown)."),
        TransformerOption("file", .text, "The pack's or corpus's file in the output folder (default: pack.md, corpus.json)."),
        TransformerOption("folder", .text, "A folder inside the output folder for one-file-per-post formats."),
        TransformerOption("title", .text, "The pack's title (default: Briefing pack)."),
        TransformerOption("posts", .boolean, "Whether the pack ends with the posts themselves (default: true)."),
        TransformerOption("links", .boolean, "Link resolutions and documents to undocs.org (default: true)."),
        TransformerOption("entityList", .boolean, "List each post's entities in its front matter (default: true)."),
    ]
    public static let shorthand: String? = "format"

    /// What it writes.
    public let format: Format
    /// The pack's file, or the folder of the posts' files, relative to the output folder.
    public let path: String?
    /// The pack's title.
    public let title: String
    /// Whether the pack ends with the posts themselves.
    public let includesPosts: Bool
    /// How posts are written.
    public let options: ExportOptions

    /// Writes one file per post in `format`, into `folder` of the output folder.
    public init(_ format: OutputFormat, folder: String? = nil, options: ExportOptions = ExportOptions()) {
        self.format = .posts(format)
        self.path = folder
        self.title = ""
        self.includesPosts = true
        self.options = options
    }

    /// Writes every post as one JSON corpus to `file` in the output folder.
    public init(corpusFile file: String = "corpus.json") {
        self.format = .corpus
        self.path = file
        self.title = ""
        self.includesPosts = true
        self.options = ExportOptions()
    }

    /// Writes a briefing pack to `file` in the output folder: an HTML page when the file's name
    /// ends in `.html` or `.htm`, Markdown otherwise.
    public init(packFile file: String = "pack.md", title: String = "Briefing pack", includesPosts: Bool = true, options: ExportOptions = ExportOptions()) {
        self.format = .pack
        self.path = file
        self.title = title
        self.includesPosts = includesPosts
        self.options = options
    }

    public init(options: TransformerOptions) throws(Diagnostic) {
        let exportOptions = ExportOptions(linksEntities: options.boolean("links") ?? true, listsEntities: options.boolean("entityList") ?? true)
        let name = options.text("format") ?? "markdown"
        for option in ["file", "folder"] {
            if let path = options.text(option), !Export.staysInside(path) {
                throw options.error("'\(path)' must be a relative path inside the output folder (no leading /, no ..)", option: option)
            }
        }
        if let format = OutputFormat(rawValue: name) {
            for option in ["file", "title", "posts"] where options.text(option) != nil || options.boolean(option) != nil {
                throw options.error("'\(option)' is for format: pack or corpus; one-file-per-post formats take 'folder'", option: option)
            }
            self.init(format, folder: options.text("folder"), options: exportOptions)
        } else {
            if options.text("folder") != nil { throw options.error("a \(name) is one file: give 'file', not 'folder'", option: "folder") }
            if name == "corpus" {
                for option in ["title", "posts", "links", "entityList"] where options.text(option) != nil || options.boolean(option) != nil {
                    throw options.error("'\(option)' is not an option of format: corpus, which holds the whole tree", option: option)
                }
                self.init(corpusFile: options.text("file") ?? "corpus.json")
                return
            }
            self.init(packFile: options.text("file") ?? "pack.md", title: options.text("title") ?? "Briefing pack",
                      includesPosts: options.boolean("posts") ?? true, options: exportOptions)
        }
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        switch format {
        case .pack:
            if corpus.posts.isEmpty { context.warn(.warning("no post reached the pack \(path ?? ""); it lists none", path: nil)) }
            let file = path ?? "pack.md"
            let html = file.lowercased().hasSuffix(".html") || file.lowercased().hasSuffix(".htm")
            let filters = context.filters
            let exporter = PackExporter(title: title, filter: filters.isEmpty ? nil : filters.joined(separator: "; "), includesPosts: includesPosts,
                                        format: html ? .html : .markdown, options: options)
            try context.add(Artifact(relativePath: file, contents: try exporter.export(corpus.posts)))
        case .corpus:
            try context.add(Artifact(relativePath: path ?? "corpus.json", contents: try JSONExporter().export(corpus)))
        case .posts(let outputFormat):
            let exporter = outputFormat.exporter(options: options)
            for (post, stem) in zip(corpus.posts, Export.stems(of: corpus.posts, in: context)) {
                let name = "\(stem).\(outputFormat.fileExtension)"
                try context.add(Artifact(relativePath: path.map { "\($0)/\(name)" } ?? name, contents: try exporter.export(post)))
            }
        }
        return corpus
    }

    /// Each post's file name without extension; posts from one input (a feed) are numbered.
    private static func stems(of posts: [Post], in context: TransformContext) -> [String] {
        let stems = posts.map { context.outputStem(of: $0) }
        var counts: [String: Int] = [:]
        for stem in stems { counts[stem, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return stems.map { stem in
            guard counts[stem, default: 0] > 1 else { return stem }
            let number = (seen[stem] ?? 0) + 1
            seen[stem] = number
            return "\(stem)-\(number)"
        }
    }

    private static func staysInside(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/") && !parts.contains("..") && !parts.contains("")
    }
}
