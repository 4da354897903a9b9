import WIBCore
import WIBExporters

/// Adds output files to the run: one per post (Markdown, JSON, HTML, LaTeX, man, text), one
/// briefing pack of every post, or one JSON corpus of every post. The files are written at the end of the run, into its output
/// folder, only if every step succeeded.
///
/// A pack's file ends in `.md` or `.markdown` (Markdown) or `.html` or `.htm` (a page); a pipeline
/// file with another is refused when it is read. A pack that would list no posts is an error,
/// which says how many posts were read and what the filters kept, unless `allowEmpty` is set.
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
        /// One briefing pack (Markdown, or HTML for a `.html` or `.htm` file).
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
        TransformerOption("allowEmpty", .boolean, "Write the pack even when no post reaches it (default: false: that is an error)."),
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
    /// Whether a pack that lists no posts is written rather than an error.
    public let allowsEmpty: Bool
    /// How posts are written.
    public let options: ExportOptions

    /// Writes one file per post in `format`, into `folder` of the output folder.
    public init(_ format: OutputFormat, folder: String? = nil, options: ExportOptions = ExportOptions()) {
        self.format = .posts(format)
        self.path = folder
        self.title = ""
        self.includesPosts = true
        self.allowsEmpty = true
        self.options = options
    }

    /// Writes every post as one JSON corpus to `file` in the output folder.
    public init(corpusFile file: String = "corpus.json") {
        self.format = .corpus
        self.path = file
        self.title = ""
        self.includesPosts = true
        self.allowsEmpty = true
        self.options = ExportOptions()
    }

    /// Writes a briefing pack to `file` in the output folder: Markdown when the file's name ends
    /// in `.md` or `.markdown`, an HTML page when it ends in `.html` or `.htm`; another ending is
    /// an error when the step runs. With no post to list, the step fails unless `allowsEmpty`.
    public init(packFile file: String = "pack.md", title: String = "Briefing pack", includesPosts: Bool = true, allowsEmpty: Bool = false,
                options: ExportOptions = ExportOptions()) {
        self.format = .pack
        self.path = file
        self.title = title
        self.includesPosts = includesPosts
        self.allowsEmpty = allowsEmpty
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
            for option in ["file", "title", "posts", "allowEmpty"] where options.text(option) != nil || options.boolean(option) != nil {
                throw options.error("'\(option)' is for format: pack or corpus; one-file-per-post formats take 'folder'", option: option)
            }
            self.init(format, folder: options.text("folder"), options: exportOptions)
        } else {
            if options.text("folder") != nil { throw options.error("a \(name) is one file: give 'file', not 'folder'", option: "folder") }
            if name == "corpus" {
                for option in ["title", "posts", "allowEmpty", "links", "entityList"] where options.text(option) != nil || options.boolean(option) != nil {
                    throw options.error("'\(option)' is not an option of format: corpus, which holds the whole tree", option: option)
                }
                self.init(corpusFile: options.text("file") ?? "corpus.json")
                return
            }
            let file = options.text("file") ?? "pack.md"
            if PackExporter.Format(file: file) == nil {
                throw options.error("'\(file)': a pack is written as Markdown or HTML; its file ends in \(PackExporter.Format.fileExtensions)", option: "file")
            }
            self.init(packFile: file, title: options.text("title") ?? "Briefing pack", includesPosts: options.boolean("posts") ?? true,
                      allowsEmpty: options.boolean("allowEmpty") ?? false, options: exportOptions)
        }
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        switch format {
        case .pack:
            let file = path ?? "pack.md"
            guard let packFormat = PackExporter.Format(file: file) else {
                throw Diagnostic.error("cannot write the pack \(file): a pack is written as Markdown or HTML; its file ends in \(PackExporter.Format.fileExtensions)", path: nil)
            }
            let filters = context.filters
            if corpus.posts.isEmpty {
                guard allowsEmpty else { throw Diagnostic.error(Export.emptyPack(file, filters: filters, read: context.postsRead), path: nil) }
                context.warn(.warning("no post reached the pack \(file); it lists none", path: nil))
            }
            let exporter = PackExporter(title: title, filter: filters.isEmpty ? nil : filters.joined(separator: "; "), includesPosts: includesPosts,
                                        format: packFormat, options: options)
            // The pack is rendered into its file when the run writes it, a part at a time.
            let pack = try exporter.prepare(corpus.posts)
            try context.add(Artifact(relativePath: file, pieces: { pack.write(to: $0) }))
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

    /// Why an empty pack is not written: how many posts were read and what the filters kept.
    private static func emptyPack(_ file: String, filters: [String], read: Int?) -> String {
        let why: String
        switch (read, filters.isEmpty) {
        case (0?, _): why = "no posts were read"
        case (let read?, false): why = "of the \(read) post\(read == 1 ? "" : "s") read, none met the filter (\(filters.joined(separator: "; ")))"
        case (nil, false): why = "no post met the filter (\(filters.joined(separator: "; ")))"
        case (let read?, true): why = "none of the \(read) post\(read == 1 ? "" : "s") read reached it"
        case (nil, true): why = "no post reached it"
        }
        return "the pack \(file) would list no posts: \(why); nothing was written (--allow-empty, or allowEmpty: true in a pipeline file, writes it anyway)"
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
