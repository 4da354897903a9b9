import WIBCore
import WIBMarkdown
import Yams

/// Reads Markdown as a post: WIBKit's own (`wib convert --to markdown`), and other tools'.
///
/// WIBKit's Markdown: the YAML front matter gives the metadata and the meetings (`meetings` when
/// listed, else the one `meeting`), cmark-gfm reads the body, the level-1 heading that repeats the
/// title is dropped, and the undocs.org links the exporter added become text again. Entity
/// spans are not in Markdown: annotating the post again (as `wib convert` and the `annotate` step
/// do) brings them back, so that writing it again gives the same bytes.
///
/// Other tools' Markdown gives what it carries:
/// - the title from the front matter's `title` (without the site's " : What's In Blue : Security
///   Council Report", which web clippers keep), a pandoc `%` title block, or else the first
///   heading (of any level), which then leaves the body; the topic and meeting kind from the
///   title, as for a plain-text post;
/// - the posted date from the front matter's `posted`, `date` or `published` (`2024-06-27`,
///   `2024-06-27T09:30:00Z`, `27 June 2024`, `June 27, 2024`), the title block's date, or else a
///   Posted line right after the title ("Posted Thu 27 Jun 2024", as copied from the site), which
///   then leaves the body;
/// - the address from `url`, `link` or a `source` that is one; tags from `tags`.
///
/// A date that cannot be read is a warning, and so is a post with no posted date: it then comes
/// from a `YYYY-MM-DD-` file name (as Jekyll names posts), else the warning says where the year of
/// its dates comes from, as for a plain-text post.
public struct MarkdownPostReader: Reader {
    /// Markdown.
    public static let kind = InputKind.markdown

    /// Creates the reader.
    public init() {}

    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        let lines = source.lines
        if lines.first?.trimmingCharacters(in: .whitespaces) == "+++" {
            throw .error("this Markdown opens with TOML front matter (+++), which wib does not read; write it as YAML between --- lines (Hugo reads both), or pass --from text to read the file as plain text",
                         path: source.path, line: 1)
        }
        var front = MarkdownFrontMatter()
        var bodyStart = 0
        var warnings: [Diagnostic] = []
        var written: (what: String, text: String, line: Int)?
        var titleAt: Int?
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            front = try MarkdownFrontMatter(yaml: lines[1..<end].joined(separator: "\n"), path: source.path, firstLine: 2)
            bodyStart = end + 1
            if let (key, text) = front.writtenDate {
                let line = lines[1..<end].firstIndex { $0.hasPrefix("\(key):") }.map { $0 + 1 } ?? 2
                written = ("the front matter's \(key)", text, line)
            }
        } else if let block = PandocTitleBlock(lines) {
            front.title = block.title?.text
            titleAt = block.title?.line
            bodyStart = block.end
            if let date = block.date { written = ("the title block's date", date.text, date.line) }
        }
        if front.isPack {
            throw PackSignature.error(path: source.path)
        }
        var body = CommonMarkParser().parse(lines[bodyStart...].joined(separator: "\n"), firstLine: bodyStart + 1)
        var title = front.title.map(PageFurniture.withoutTitleSuffix)
        if case .heading(let heading)? = body.first, title == nil || (heading.level == 1 && heading.content.plainText == title) {
            title = heading.content.plainText
            titleAt = heading.range.firstLine
            body.removeFirst()
        }
        let titleLine = titleAt ?? bodyStart + 1
        guard let title, !title.isEmpty else {
            throw .error("no title: Markdown gives a post its title in its front matter (title:), a pandoc title block (% Title) or a heading first",
                         path: source.path, line: body.first?.range.firstLine ?? bodyStart + 1)
        }
        var chrome = [ChromeLine(role: .title, line: titleLine, text: title)]
        var posted = front.posted
        if posted == nil, let written {
            if case .day(let date, _)? = WrittenDate(written.text) {
                posted = date
            } else {
                warnings.append(.warning("\(written.what) “\(written.text)” is not a date wib reads (such as 2024-06-27 or 27 June 2024); the post is read as undated",
                                         path: source.path, line: written.line))
            }
        }
        if posted == nil, written == nil, case .paragraph(let paragraph)? = body.first,
           let line = PostedLine(paragraph.content.plainText, path: source.path, line: paragraph.range.firstLine, warnings: &warnings) {
            posted = line.date
            chrome.append(ChromeLine(role: .posted, line: paragraph.range.firstLine, text: paragraph.content.plainText))
            body.removeFirst()
        }
        let origin = front.source ?? source.path
        if posted == nil {
            let undated = UndatedPost(path: source.path, source: origin, url: front.url, line: titleLine)
            posted = undated.posted
            warnings.append(undated.warning)
        }
        // Other tools' front matter has no topic and kind: the title gives them, as for every input.
        let parts = front.topic == nil && front.kind == nil ? TitleParts(title) : nil
        let metadata = PostMetadata(title: parts?.title ?? title, posted: posted, topic: parts?.topic ?? front.topic, kind: parts?.kind ?? front.kind,
                                    series: front.series, source: origin, url: front.url, updated: front.updated || parts?.updated == true,
                                    truncated: front.truncated, tags: front.tags, chrome: chrome)
        var post = Post(metadata: metadata, meeting: front.meeting, body: body.rewritten(by: ExporterLinks()), diagnostics: warnings)
        if let listed = front.meetings { post.meetings = listed }
        return [post]
    }
}

/// Turns the undocs.org links that exporters add around resolutions and documents back into
/// their text.
private struct ExporterLinks: ASTRewriter {
    mutating func visitLink(_ link: Link) -> [Inline] {
        guard link.destination.hasPrefix("https://undocs.org/") else { return defaultVisit(.link(link)) }
        return rewrite(link.content)
    }
}
