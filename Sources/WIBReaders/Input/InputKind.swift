/// The kinds of input WIBKit reads, recognised from content (the extension is only a hint).
public enum InputKind: String, Sendable, Hashable, CaseIterable {
    /// A post as copied from the site as plain text.
    case plainText = "plain text"
    /// A saved web page.
    case html = "HTML page"
    /// An RSS or Atom feed.
    case feed = "feed"
    /// WIBKit's Markdown with YAML front matter.
    case markdown = "Markdown"
    /// WIBKit's JSON: one post, or a corpus.
    case json = "JSON"

    /// The kind of `source`, from its first characters and, where those are silent, its extension.
    public static func detect(_ source: SourceText) -> InputKind {
        let head = source.text.drop { $0.isWhitespace }.prefix(2048).lowercased()
        if head.hasPrefix("{") { return .json }
        if head.hasPrefix("<") {
            let isXML = head.hasPrefix("<?xml") && !head.contains("<html") && !head.contains("<!doctype html")
            return isXML || head.contains("<rss") || head.contains("<feed") ? .feed : .html
        }
        if source.text.hasPrefix("---\n") { return .markdown }
        switch source.pathExtension {
        case "md", "markdown": return .markdown
        default: return .plainText
        }
    }
}
