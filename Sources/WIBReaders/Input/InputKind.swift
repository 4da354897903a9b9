/// The kinds of input WIBKit reads, recognised from content (the extension is only a hint), or
/// named with `--from` (``name``).
public enum InputKind: String, Sendable, Hashable, CaseIterable {
    /// A post as copied from the site as plain text.
    case plainText = "plain text"
    /// A saved web page.
    case html = "HTML page"
    /// An RSS or Atom feed.
    case feed = "feed"
    /// Markdown: WIBKit's own (YAML front matter, then the post), or another tool's.
    case markdown = "Markdown"
    /// WIBKit's JSON: one post, or a corpus.
    case json = "JSON"

    /// The short name that `--from` takes and messages show: `text`, `html`, `feed`,
    /// `markdown`, `json`.
    public var name: String {
        switch self {
        case .plainText: "text"
        case .html: "html"
        case .feed: "feed"
        case .markdown: "markdown"
        case .json: "json"
        }
    }

    /// The kind named `name`, in any case: a short ``name``, or `txt`, `md`, `rss`, `atom`;
    /// `nil` for any other name.
    public init?(name: String) {
        let aliases: [String: InputKind] = ["txt": .plainText, "plain": .plainText, "md": .markdown, "htm": .html, "rss": .feed, "atom": .feed]
        guard let kind = InputKind.allCases.first(where: { $0.name == name.lowercased() }) ?? aliases[name.lowercased()] else { return nil }
        self = kind
    }

    /// The kind of `source`, from its content; its extension decides only between plain text and
    /// Markdown when the content does not:
    /// 1. `{` first: JSON; `<` first: a feed (RSS, Atom, XML that is not a page) or a page;
    /// 2. YAML front matter, a pandoc `%` title block or a heading first: Markdown;
    /// 3. the site's furniture around a title (the series line, a Posted line before or after
    ///    the title, Print and Share, a Tags line, the footer): plain text, whatever the
    ///    extension (a post copied from the site and saved as `.md`);
    /// 4. else a `.md` or `.markdown` file with Markdown in it (headings, lists, quotes, code,
    ///    links, strong emphasis, tables) is Markdown; everything else is plain text.
    public static func detect(_ source: SourceText) -> InputKind {
        let start = source.text.drop { $0.isWhitespace }
        if start.first == "{" { return .json }
        if start.first == "<" {
            let head = start.prefix(2048).lowercased()
            let isXML = head.hasPrefix("<?xml") && !head.contains("<html") && !head.contains("<!doctype html")
            return isXML || head.contains("<rss") || head.contains("<feed") ? .feed : .html
        }
        if MarkdownSigns.opensMarkdown(source.text) { return .markdown }
        guard ["md", "markdown"].contains(source.pathExtension) else { return .plainText }
        let lines = source.lines
        if let layout = try? PostLayout(lines: lines, path: source.path), layout.hasSiteFurniture { return .plainText }
        return MarkdownSigns.hasSyntax(lines) ? .markdown : .plainText
    }
}
