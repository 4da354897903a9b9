import WIBCore
import WIBMarkup

/// Reads the What's In Blue feed (`…/whatsinblue/feed`, or a tag's): RSS 2.0 with
/// `content:encoded`, or Atom. Each item is one post, with its link as the post's address, its
/// date as the posted date and its categories as tags. An item that carries only an excerpt
/// (no full content) is read as a post cut short, with a warning.
public struct FeedReader: Reader {
    /// Feeds.
    public static let kind = InputKind.feed

    /// Creates the reader.
    public init() {}

    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        guard let root = MarkupParser.xml(source.text) else {
            throw .error("this feed has no elements", path: source.path, line: 1)
        }
        let items: [FeedItem]
        switch root.name {
        case "rss":
            items = (root.first(named: "channel")?.children(named: "item") ?? []).map(FeedItem.init(rss:))
        case "feed":
            items = root.children(named: "entry").map(FeedItem.init(atom:))
        default:
            throw .error("this XML is not an RSS or Atom feed (its root element is <\(root.name)>)", path: source.path, line: root.line)
        }
        guard !items.isEmpty else { throw .error("the feed has no items", path: source.path, line: root.line) }
        var posts: [Post] = []
        for item in items {
            posts.append(try post(from: item, path: source.path))
        }
        return posts
    }

    private func post(from item: FeedItem, path: String) throws(Diagnostic) -> Post {
        guard let title = item.title, !title.isEmpty else { throw .error("a feed item has no title", path: path, line: item.line) }
        var warnings: [Diagnostic] = []
        let html = item.content ?? item.summary ?? ""
        let isExcerpt = item.content == nil
        // Blank lines before the content make libxml2 count lines as the feed does.
        let body = MarkupParser.html(String(repeating: "\n", count: max(item.contentLine - 1, 0)) + html).map { root in
            HTMLBlocks().blocks(of: root.first(named: "body") ?? root)
        } ?? []
        guard !body.isEmpty else { throw .error("the feed item “\(title)” has no text", path: path, line: item.line) }
        if isExcerpt {
            warnings.append(.warning("the feed item “\(title)” carries only an excerpt; read the post's page for all of it", path: path, line: item.line))
        }
        let posted = item.date.flatMap(FeedDate.day)
        if posted == nil {
            warnings.append(.warning("the feed item “\(title)” has no date that can be read; \(UndatedPost.consequence(source: path, url: item.link))",
                                     path: path, line: item.line))
        }
        return PostParts(title: title, posted: posted, series: "What's In Blue", source: path, url: item.link, truncated: isExcerpt,
                         tags: item.categories, chrome: [ChromeLine(role: .title, line: item.line, text: title)], body: body,
                         diagnostics: warnings).post
    }
}

/// One item of a feed, whichever its format.
private struct FeedItem {
    var title: String?
    var link: String?
    var date: String?
    var categories: [String] = []
    var content: String?
    var summary: String?
    var line: Int
    /// The line the content (or summary) starts on.
    var contentLine: Int

    init(rss item: MarkupElement) {
        let text = { (name: String) in item.children(named: name).first.map { $0.text.trimmedWhitespace } }
        title = text("title")
        link = text("link") ?? item.children(named: "guid").first { $0.attributes["isPermaLink"] != "false" }?.text.trimmedWhitespace
        date = text("pubDate") ?? item.elements.first { $0.prefix == "dc" && $0.name == "date" }?.text
        categories = item.children(named: "category").map { $0.text.trimmedWhitespace }.filter { !$0.isEmpty }
        let encoded = item.elements.first { $0.prefix == "content" && $0.name == "encoded" }
        content = encoded?.text
        summary = text("description")
        line = item.line
        contentLine = encoded?.line ?? item.children(named: "description").first?.line ?? item.line
    }

    init(atom entry: MarkupElement) {
        let text = { (name: String) in entry.children(named: name).first.map { $0.text.trimmedWhitespace } }
        title = text("title")
        link = entry.children(named: "link").first { ($0.attributes["rel"] ?? "alternate") == "alternate" }?.attributes["href"]
        date = text("published") ?? text("updated")
        categories = entry.children(named: "category").compactMap { $0.attributes["term"] ?? $0.attributes["label"] }
        let full = entry.children(named: "content").first
        content = full?.text
        summary = entry.children(named: "summary").first?.text
        line = entry.line
        contentLine = full?.line ?? entry.children(named: "summary").first?.line ?? entry.line
    }
}
