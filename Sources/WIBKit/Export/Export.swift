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

    /// What an export writes: in a pipeline file, an output format's name (one file per post),
    /// `pack` or `corpus`.
    public enum Format: Sendable, Hashable, RawRepresentable, CaseIterable, ExpressibleByOption {
        /// One file per post.
        case posts(OutputFormat)
        /// One briefing pack (Markdown, or HTML for a `.html` or `.htm` file).
        case pack
        /// One JSON corpus of every post.
        case corpus

        /// Each output format, then `pack` and `corpus`.
        public static var allCases: [Format] { OutputFormat.allCases.map(Format.posts) + [.pack, .corpus] }

        /// The format named `rawValue` (`markdown`, `json`, …, `pack`, `corpus`), or `nil`.
        public init?(rawValue: String) {
            switch rawValue {
            case "pack": self = .pack
            case "corpus": self = .corpus
            default:
                guard let format = OutputFormat(rawValue: rawValue) else { return nil }
                self = .posts(format)
            }
        }

        /// Its name in a pipeline file.
        public var rawValue: String {
            switch self {
            case .posts(let format): format.rawValue
            case .pack: "pack"
            case .corpus: "corpus"
            }
        }
    }

    public static var shorthand: KeyPath<Export, DeclaredOption>? { \.$format }

    /// What it writes.
    @Option(help: "What to write: one file per post in an output format, one briefing pack, or one JSON corpus of every post.")
    public var format = Format.posts(.markdown)
    /// The pack's or the corpus's file, relative to the output folder (default: `pack.md`,
    /// `corpus.json`).
    @Option(help: "The pack's or corpus's file in the output folder (default: pack.md, corpus.json).")
    public var file: String?
    /// The folder of the posts' files, relative to the output folder.
    @Option(help: "A folder inside the output folder for one-file-per-post formats.")
    public var folder: String?
    /// The pack's title.
    @Option(help: "The pack's title.")
    public var title = "Briefing pack"
    /// Whether the pack ends with the posts themselves.
    @Option(help: "Whether the pack ends with the posts themselves.")
    public var posts = true
    /// Whether a pack that lists no posts is written rather than an error.
    @Option(help: "Write the pack even when no post reaches it (otherwise that is an error).")
    public var allowEmpty = false
    /// Whether resolutions and documents link to undocs.org.
    @Option(help: "Link resolutions and documents to undocs.org.")
    public var links = true
    /// Whether each post's front matter lists its entities.
    @Option(help: "List each post's entities in its front matter.")
    public var entityList = true
    /// How posts are written, beyond ``links`` and ``entityList`` (LaTeX documents, man sections).
    private var writing = ExportOptions()

    /// How posts are written: ``links`` and ``entityList``, and the rest as given in Swift.
    public var options: ExportOptions {
        var options = writing
        (options.linksEntities, options.listsEntities) = (links, entityList)
        return options
    }

    /// Writes one Markdown file per post into the output folder.
    public init() {}

    /// Writes one file per post in `format`, into `folder` of the output folder.
    public init(_ format: OutputFormat, folder: String? = nil, options: ExportOptions = ExportOptions()) {
        self.format = .posts(format)
        self.folder = folder
        adopt(options)
    }

    /// Writes every post as one JSON corpus to `file` in the output folder.
    public init(corpusFile file: String = "corpus.json") {
        self.format = .corpus
        self.file = file
    }

    /// Writes a briefing pack to `file` in the output folder: Markdown when the file's name ends
    /// in `.md` or `.markdown`, an HTML page when it ends in `.html` or `.htm`; another ending is
    /// an error when the step runs. With no post to list, the step fails unless `allowsEmpty`.
    public init(packFile file: String = "pack.md", title: String = "Briefing pack", includesPosts: Bool = true, allowsEmpty: Bool = false,
                options: ExportOptions = ExportOptions()) {
        self.format = .pack
        self.file = file
        self.title = title
        self.posts = includesPosts
        self.allowEmpty = allowsEmpty
        adopt(options)
    }

    /// Takes `options` for how posts are written.
    private mutating func adopt(_ options: ExportOptions) {
        writing = options
        (links, entityList) = (options.linksEntities, options.listsEntities)
    }

    /// Refuses paths that leave the output folder, and options that are not the format's.
    public func validate() throws {
        for (option, path) in [($file, file), ($folder, folder)] {
            if option.isGiven, let path, !Export.staysInside(path) {
                throw OptionError("'\(path)' must be a relative path inside the output folder (no leading /, no ..)", at: option)
            }
        }
        switch format {
        case .posts:
            for option in [$file, $title, $posts, $allowEmpty] where option.isGiven {
                throw OptionError("'\(option.name ?? "")' is for format: pack or corpus; one-file-per-post formats take 'folder'", at: option)
            }
        case .pack, .corpus:
            if $folder.isGiven { throw OptionError("a \(format.rawValue) is one file: give 'file', not 'folder'", at: $folder) }
            if format == .corpus {
                for option in [$title, $posts, $allowEmpty, $links, $entityList] where option.isGiven {
                    throw OptionError("'\(option.name ?? "")' is not an option of format: corpus, which holds the whole tree", at: option)
                }
            } else if PackExporter.Format(file: packFile) == nil {
                throw OptionError("'\(packFile)': a pack is written as Markdown or HTML; its file ends in \(PackExporter.Format.fileExtensions)", at: $file)
            }
        }
    }

    /// The pack's file.
    private var packFile: String { file ?? "pack.md" }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        switch format {
        case .pack:
            let file = packFile
            guard let packFormat = PackExporter.Format(file: file) else {
                throw Diagnostic.error("cannot write the pack \(file): a pack is written as Markdown or HTML; its file ends in \(PackExporter.Format.fileExtensions)", path: nil)
            }
            let filters = context.filters
            if corpus.posts.isEmpty {
                guard allowEmpty else { throw Diagnostic.error(Export.emptyPack(file, filters: filters, read: context.postsRead), path: nil) }
                context.warn(.warning("no post reached the pack \(file); it lists none", path: nil))
            }
            let exporter = PackExporter(title: title, filter: filters.isEmpty ? nil : filters.joined(separator: "; "), includesPosts: posts,
                                        format: packFormat, options: options)
            // The pack is rendered into its file when the run writes it, a part at a time.
            let pack = try exporter.prepare(corpus.posts)
            try context.add(Artifact(relativePath: file, pieces: { pack.write(to: $0) }))
        case .corpus:
            try context.add(Artifact(relativePath: file ?? "corpus.json", contents: try JSONExporter().export(corpus)))
        case .posts(let outputFormat):
            let exporter = outputFormat.exporter(options: options)
            for (post, stem) in zip(corpus.posts, Export.stems(of: corpus.posts, in: context)) {
                let name = "\(stem).\(outputFormat.fileExtension)"
                try context.add(Artifact(relativePath: folder.map { "\($0)/\(name)" } ?? name, contents: try exporter.export(post)))
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
