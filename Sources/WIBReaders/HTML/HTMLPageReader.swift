import WIBCore
import WIBMarkup

/// Reads a What's In Blue post saved from the site as a web page (or its print view,
/// `?print=true`).
///
/// The site is WordPress: the title is the `h1.entry-title` (or the page title before
/// " : What's In Blue : Security Council Report"), the posted date the `time` of the entry
/// (or "Posted Thu 27 Jun 2024"), the text `.entry-content`, the tags the `rel="tag"` links, the
/// address the canonical link. Navigation, share links, sign-up forms and scripts are dropped.
/// A page of another shape is read from its largest run of paragraphs, with a warning.
public struct HTMLPageReader: Reader {
    /// Saved web pages.
    public static let kind = InputKind.html

    /// Creates the reader.
    public init() {}

    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        guard let root = MarkupParser.html(source.text) else {
            throw .error("this HTML page has no elements", path: source.path, line: 1)
        }
        let article = root.first { $0.name == "article" } ?? root.first { $0.name == "main" } ?? root
        var warnings: [Diagnostic] = []
        guard let title = HTMLPageReader.title(in: root, article: article) else {
            throw .error("no title: the page has no h1 heading and no <title>", path: source.path, line: 1)
        }
        var content = article.first { $0.classes.contains("entry-content") }
        if content == nil, article.name == "article" || article.name == "main" { content = article }
        if content == nil {
            content = HTMLPageReader.largestRunOfParagraphs(in: root)
            warnings.append(.warning("this page is not in the What's In Blue shape (no article or entry-content); its largest run of paragraphs was taken as the post",
                                     path: source.path, line: content?.line ?? 1))
        }
        let body = HTMLBlocks().blocks(of: HTMLPageReader.withoutTitle(content ?? root))
        guard !body.isEmpty else {
            throw .error("the page has a title (“\(title.text)”) but no post text", path: source.path, line: title.line)
        }
        let posted = HTMLPageReader.posted(in: root, article: article, path: source.path, warnings: &warnings)
        let tags = article.descendants { ($0.attributes["rel"] ?? "").split(separator: " ").contains("tag") }.map { $0.text.trimmedWhitespace }
        let url = root.first { $0.name == "link" && $0.attributes["rel"] == "canonical" }?.attributes["href"]
            ?? root.first { $0.name == "meta" && $0.attributes["property"] == "og:url" }?.attributes["content"]
        if posted == nil {
            warnings.append(.warning("the page gives no posted date (no time element, published-time meta or Posted line); \(UndatedPost.consequence(source: source.path, url: url))",
                                     path: source.path, line: title.line))
        }
        let series = root.first { $0.classes.contains("wib-series") }.map { $0.text.trimmedWhitespace }
        return [PostParts(title: title.text, posted: posted, series: series, source: source.path, url: url, tags: tags.filter { !$0.isEmpty },
                          chrome: [ChromeLine(role: .title, line: title.line, text: title.text)], body: body, diagnostics: warnings).post]
    }

    /// The post's title and its line.
    private static func title(in root: MarkupElement, article: MarkupElement) -> (text: String, line: Int)? {
        if let heading = article.first(where: { $0.name == "h1" && $0.classes.contains("entry-title") }) ?? article.first(named: "h1") {
            let text = heading.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { return (text, heading.line) }
        }
        guard let element = root.first(named: "title") else { return nil }
        let text = PageFurniture.withoutTitleSuffix(element.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        return text.isEmpty ? nil : (text, element.line)
    }

    /// The posted date: the entry's `time`, the published-time meta, or a "Posted …" line.
    private static func posted(in root: MarkupElement, article: MarkupElement, path: String, warnings: inout [Diagnostic]) -> CalendarDate? {
        if let time = article.first(where: { $0.name == "time" && $0.attributes["datetime"] != nil }),
           let date = CalendarDate(iso: String((time.attributes["datetime"] ?? "").prefix(10))) {
            return date
        }
        if let meta = root.first(where: { $0.name == "meta" && $0.attributes["property"] == "article:published_time" }),
           let date = CalendarDate(iso: String((meta.attributes["content"] ?? "").prefix(10))) {
            return date
        }
        for element in article.descendants(where: { ["p", "div", "span"].contains($0.name) }) {
            let text = element.text
            guard text.folded.hasPrefix("posted ") else { continue }
            if let date = PostedLine(text, path: path, line: element.line, warnings: &warnings)?.date { return date }
        }
        return nil
    }

    /// The content without the title heading and the entry header (which the metadata holds).
    private static func withoutTitle(_ content: MarkupElement) -> MarkupElement {
        var content = content
        content.children = content.children.filter { node in
            guard case .element(let element) = node else { return true }
            return element.name != "h1" && !element.classes.contains("entry-header")
        }
        return content
    }

    /// The element whose own paragraphs hold the most text: the content of a page of unknown shape.
    private static func largestRunOfParagraphs(in root: MarkupElement) -> MarkupElement? {
        let candidates = [root] + root.descendants { !HTMLBlocks.isFurniture($0) }
        return candidates.max { a, b in paragraphText(a) < paragraphText(b) }
    }

    private static func paragraphText(_ element: MarkupElement) -> Int {
        element.children(named: "p").reduce(0) { $0 + $1.text.count }
    }
}
