import Foundation
import WIBCore
import Yams

/// Writes many posts as one briefing pack: what a delegate reads the night before a meeting.
///
/// The pack holds a title and the filter that made it, contents, a meetings overview (a row per
/// meeting), a timeline of the events the posts tell (a clause each, dated by the day it is about;
/// the same event told by several posts merged into one entry, plus a chart), the deadlines and
/// terms apart, the Council at work (meetings counted, with charts), indexes of resolutions,
/// documents, member states and people,
/// cross-references resolved to the pack's own sections, and the posts themselves (optional),
/// each under a stable anchor. Posts come in meeting-date order, so the same posts in any order
/// give the same bytes. Everything is rendered by cmark-gfm, as GFM with YAML front matter or as
/// a standalone HTML page.
public struct PackExporter: Sendable {
    /// The formats a pack is written in.
    public enum Format: String, Sendable, CaseIterable {
        /// GitHub Flavored Markdown with YAML front matter.
        case markdown
        /// A standalone, safe HTML page.
        case html

        /// The format of a pack file by its extension (any case): `.md` and `.markdown` are
        /// Markdown, `.html` and `.htm` a page; any other gives `nil`, as a pack cannot be
        /// written in it.
        public init?(file: String) {
            switch (file as NSString).pathExtension.lowercased() {
            case "md", "markdown": self = .markdown
            case "html", "htm": self = .html
            default: return nil
            }
        }

        /// The extensions a pack file may have, for messages: ".md, .markdown, .html or .htm".
        public static let fileExtensions = ".md, .markdown, .html or .htm"
    }

    /// The pack's title.
    public var title: String
    /// Which filter made it ("country PRK; since 2024-01-01"), shown under the title.
    public var filter: String?
    /// Whether the posts themselves follow the indexes.
    public var includesPosts: Bool
    /// The format.
    public var format: Format
    /// How the posts are written.
    public var options: ExportOptions
    /// Whether the work done on each post runs on every core; the pack's bytes are the same
    /// either way (a test compares them).
    var parallel = true

    /// Creates the exporter.
    public init(title: String = "Briefing pack", filter: String? = nil, includesPosts: Bool = true, format: Format = .markdown,
                options: ExportOptions = ExportOptions()) {
        self.title = title
        self.filter = filter
        self.includesPosts = includesPosts
        self.format = format
        self.options = options
    }

    /// The pack of `posts`, whole.
    public func export(_ posts: [Post]) throws -> String {
        var text = ""
        try prepare(posts).write { text += $0 }
        return text
    }

    /// The pack of `posts`, ready to be written: its posts put in order and its front matter
    /// made (which is what can fail), its parts rendered only as ``Rendering/write(to:)`` hands
    /// them on.
    public func prepare(_ posts: [Post]) throws -> Rendering {
        let posts = PackExporter.ordered(posts)
        let document = PackDocument(posts: posts, title: title, filter: filter, includesPosts: includesPosts, options: options, parallel: parallel)
        switch format {
        case .html:
            return Rendering(document: document, format: format, head: HTMLPage.head(title: title, document: "pack"), foot: HTMLPage.foot)
        case .markdown:
            let yaml = try FrontMatter(title: title, filter: filter, posts: posts).yaml()
            return Rendering(document: document, format: format, head: "---\n\(yaml)---\n", foot: "")
        }
    }

    /// A pack being written: the front matter (or the page's head), then each part of the
    /// document rendered through its own cmark-gfm tree and handed on, then the page's end.
    /// Besides the posts, only what the part being made needs is held (one post's section, or
    /// the timeline's events while its list is rendered), never the whole tree or text; the same
    /// pieces come each time.
    public struct Rendering: Sendable {
        let document: PackDocument
        let format: Format
        let head: String
        let foot: String

        /// Hands the pack's text to `write`, piece by piece, in order.
        public func write(to write: (String) -> Void) {
            write(head)
            let renderer = PackRenderer(format: format, parallel: document.parallel)
            document.write { renderer.render($0, to: write) }
            if !foot.isEmpty { write(foot) }
        }
    }

    /// The posts by meeting date (posted date when none), then title, then source.
    static func ordered(_ posts: [Post]) -> [Post] {
        posts.sorted { a, b in
            switch (a.meeting.date ?? a.metadata.posted, b.meeting.date ?? b.metadata.posted) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if a.metadata.title != b.metadata.title { return a.metadata.title < b.metadata.title }
            return (a.metadata.source ?? "") < (b.metadata.source ?? "")
        }
    }

    /// The pack's front matter: its title and filter, and each post's title, dates, source, address
    /// and tags. `meeting` is the first meeting's ISO date; a post that previews more than one
    /// also gets `meetings`, every meeting's date in order, when each has one (the meetings table shows
    /// them in words).
    private struct FrontMatter {
        let title: String
        let filter: String?
        let posts: [Post]

        /// The front matter's YAML, without the `---` lines around it: the same text as one
        /// document of the whole mapping, made a few hundred posts at a time (the YAML nodes of
        /// 4,000 posts at once took 45 MB).
        func yaml() throws -> String {
            let head: [(key: String, value: Node?)] = [("title", YAMLText.string(title)), ("filter", filter.map(YAMLText.string))]
            guard !posts.isEmpty else { return try YAMLText.document(YAMLText.mapping(head + [("posts", Node([Node]()))])) }
            // A block sequence under a key is written without indentation ("posts:\n- title: …"),
            // the same lines as the sequence alone.
            var text = try YAMLText.document(YAMLText.mapping(head)) + "posts:\n"
            for start in stride(from: 0, to: posts.count, by: FrontMatter.chunk) {
                text += try YAMLText.document(Node(posts[start..<min(start + FrontMatter.chunk, posts.count)].map(FrontMatter.entry)))
            }
            return text
        }

        /// How many posts' entries are written at once.
        static let chunk = 256

        /// A post's entry.
        private static func entry(_ post: Post) -> Node {
            let days = post.meetings.compactMap(\.date)
            return YAMLText.mapping([
                ("title", YAMLText.string(post.metadata.title)), ("posted", post.metadata.posted.map { YAMLText.string($0.description) }),
                ("meeting", post.meeting.date.map { YAMLText.string($0.description) }),
                ("meetings", post.meetings.count > 1 && days.count == post.meetings.count ? YAMLText.strings(days.map(\.description)) : nil),
                ("source", post.metadata.source.map(YAMLText.string)), ("url", post.metadata.url.map(YAMLText.string)),
                ("tags", post.metadata.tags.isEmpty ? nil : YAMLText.strings(post.metadata.tags)),
            ])
        }
    }
}
