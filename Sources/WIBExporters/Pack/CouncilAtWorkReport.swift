import WIBCore

/// The pack's "Council at work" section on its own, as a document: a title, a line saying what
/// it covers, then the section's tables and charts (``CouncilAtWork``: meetings by format and
/// by month or year, requesters, briefers, rule 37 participants, votes, vetoes and abstentions).
/// Markdown (GFM, charts as Mermaid) or a standalone HTML page (charts as inline SVG, its
/// `generator` meta element `WIBKit stats`). The same posts in any order give the same bytes.
public struct CouncilAtWorkReport: Sendable {
    /// The document's title.
    public var title: String
    /// What the counts cover ("12 posts archived in /data/wib, since 2022-01-01"), under the title.
    public var scope: String?
    /// Markdown or HTML.
    public var format: PackExporter.Format

    /// Creates the report.
    public init(title: String = "The Council at work", scope: String? = nil, format: PackExporter.Format = .markdown) {
        self.title = title
        self.scope = scope
        self.format = format
    }

    /// The report over `posts`.
    public func export(_ posts: [Post]) -> String {
        let renderer = PackRenderer(format: format)
        var text = format == .html ? HTMLPage.head(title: title, document: "stats") : ""
        var blocks = [PackBlocks.heading(1, title)]
        if let scope { blocks.append(PackBlocks.paragraph([.emphasis([.text(scope)])])) }
        renderer.render(.blocks(blocks)) { text += $0 }
        for part in CouncilAtWork(posts: PackExporter.ordered(posts)).parts { renderer.render(part) { text += $0 } }
        if format == .html { text += HTMLPage.foot }
        return format == .markdown && text.hasPrefix("\n") ? String(text.dropFirst()) : text
    }
}
