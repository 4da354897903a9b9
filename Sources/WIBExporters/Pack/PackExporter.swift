import WIBCore
import WIBMarkdown
import Yams

/// Writes many posts as one briefing pack in GitHub Flavored Markdown: front matter, the title, a
/// table of the meetings, a list of contents, then each post as a section (its headings one level
/// down), in meeting-date order.
///
/// Everything goes through cmark-gfm's renderer, so text in titles and cells is never escaped
/// by hand.
public struct PackExporter: Sendable {
    /// The pack's title.
    public let title: String
    /// How the posts are written.
    public let options: ExportOptions

    /// Creates the exporter.
    public init(title: String = "Briefing pack", options: ExportOptions = ExportOptions()) {
        self.title = title
        self.options = options
    }

    /// The pack of `posts`. The same posts, in any order, give the same bytes.
    public func export(_ posts: [Post]) throws -> String {
        let posts = PackExporter.ordered(posts)
        let anchors = PackAnchors(titles: posts.map(\.metadata.title), reserved: [title, "Meetings", "Contents"])
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text(title)], range: SourceRange(line: 1)))]
        blocks.append(paragraph([.emphasis([.text(PackExporter.scope(of: posts))])]))
        if !posts.isEmpty {
            blocks.append(heading(2, "Meetings"))
            blocks.append(.table(PackMeetingTable(posts: posts, anchors: anchors).table))
            blocks.append(heading(2, "Contents"))
            let items = zip(posts, anchors.slugs).map { post, slug in
                ListItem(blocks: [paragraph([.link(Link(destination: "#\(slug)", content: [.text(post.metadata.title)]))])], range: SourceRange(line: 1))
            }
            blocks.append(.list(ListBlock(items: items, range: SourceRange(line: 1))))
        }
        for post in posts {
            blocks.append(heading(2, post.metadata.title))
            if let summary = PostDocument.summary(of: post) { blocks.append(paragraph([.emphasis([.text(summary)])])) }
            if !post.metadata.tags.isEmpty { blocks.append(paragraph([.strong([.text("Tags:")]), .text(" " + post.metadata.tags.joined(separator: ", "))])) }
            let body = options.linksEntities ? EntityLinker().rewrite(post.body) : post.body
            blocks += HeadingShifter(by: 1).rewrite(body)
        }
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true)
        let yaml = try encoder.encode(PackFrontMatter(title: title, posts: posts))
        return "---\n\(yaml)---\n\n" + MarkdownRenderer().render(blocks, as: .commonMark)
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

    /// "3 posts; meetings from 2024-06-28 to 2024-10-30".
    static func scope(of posts: [Post]) -> String {
        let dates = posts.compactMap { $0.meeting.date ?? $0.metadata.posted }
        let count = "\(posts.count) post\(posts.count == 1 ? "" : "s")"
        guard let first = dates.min(), let last = dates.max() else { return count }
        return first == last ? "\(count); \(first)" : "\(count); from \(first) to \(last)"
    }

    private func heading(_ level: Int, _ text: String) -> Block {
        .heading(Heading(level: level, content: [.text(text)], range: SourceRange(line: 1)))
    }

    private func paragraph(_ content: [Inline]) -> Block {
        .paragraph(Paragraph(content: content, range: SourceRange(line: 1)))
    }
}
