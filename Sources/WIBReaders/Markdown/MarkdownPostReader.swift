import WIBCore
import WIBMarkdown
import Yams

/// Reads WIBKit's own Markdown back (`wib convert --to markdown`): the YAML front matter gives
/// the metadata and the meetings (`meetings` when listed, else the one `meeting`), cmark-gfm reads the body, the level-1 heading that repeats the
/// title is dropped, and the undocs.org links the exporter added become text again. Entity
/// spans are not in Markdown: annotating the post again (as `wib convert` and the `annotate` step
/// do) brings them back, so that writing it again gives the same bytes.
///
/// Markdown without front matter is read too, its first level-1 heading as the title.
public struct MarkdownPostReader: Reader {
    /// Markdown.
    public static let kind = InputKind.markdown

    /// Creates the reader.
    public init() {}

    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        let lines = source.lines
        var front = MarkdownFrontMatter()
        var bodyStart = 0
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            front = try MarkdownFrontMatter(yaml: lines[1..<end].joined(separator: "\n"), path: source.path, firstLine: 2)
            bodyStart = end + 1
        }
        if front.isPack {
            throw PackSignature.error(path: source.path)
        }
        var body = CommonMarkParser().parse(lines[bodyStart...].joined(separator: "\n"), firstLine: bodyStart + 1)
        var title = front.title
        var titleLine = bodyStart + 1
        if case .heading(let heading)? = body.first, heading.level == 1, title == nil || heading.content.plainText == title {
            title = heading.content.plainText
            titleLine = heading.range.firstLine
            body.removeFirst()
        }
        guard let title, !title.isEmpty else {
            throw .error("no title: WIBKit Markdown has a title in its front matter or a level-1 heading first", path: source.path,
                         line: body.first?.range.firstLine ?? bodyStart + 1)
        }
        let metadata = PostMetadata(title: title, posted: front.posted, topic: front.topic, kind: front.kind, series: front.series,
                                    source: front.source ?? source.path, url: front.url, updated: front.updated, truncated: front.truncated, tags: front.tags,
                                    chrome: [ChromeLine(role: .title, line: titleLine, text: title)])
        var post = Post(metadata: metadata, meeting: front.meeting, body: ExporterLinks().rewrite(body))
        if let listed = front.meetings { post.meetings = listed }
        return [post]
    }
}

/// Turns the undocs.org links that exporters add around resolutions and documents back into
/// their text.
private struct ExporterLinks: ASTRewriter {
    func rewriteInline(_ inline: Inline) -> [Inline] {
        guard case .link(let link) = inline, link.destination.hasPrefix("https://undocs.org/") else { return [rewritingChildren(of: inline)] }
        return rewrite(link.content)
    }
}
