import WIBCore

/// The blocks of a briefing pack: title, scope, contents, meetings overview, timeline (a list and
/// a Mermaid diagram), indexes, cross-references, and the posts themselves (optional).
struct PackDocument {
    /// The posts, in meeting-date order.
    let posts: [Post]
    let title: String
    /// Says which filter made the pack, when one did.
    let filter: String?
    let includesPosts: Bool
    let options: ExportOptions

    /// The fixed section headings, in document order, after the title.
    private static let sections = ["Contents", "Meetings", "Timeline", "Indexes", "Resolutions", "Documents", "Member states", "People", "Cross-references", "Posts"]

    var blocks: [Block] {
        // Every heading's anchor, in document order, as GitHub numbers repeated ones.
        var headings = [title] + PackDocument.sections
        var postHeadingIndex: [Int] = []
        if includesPosts {
            for post in posts {
                postHeadingIndex.append(headings.count)
                headings.append(post.metadata.title)
                headings += post.body.filter { if case .heading = $0 { true } else { false } }.map(\.plainText)
            }
        }
        let anchors = PackAnchors(headings: headings).slugs
        let anchor = { (section: String) in anchors[1 + PackDocument.sections.firstIndex(of: section)!] }
        let links = PackPostLinks(posts: posts, anchors: includesPosts ? postHeadingIndex.map { anchors[$0] } : nil)

        var blocks = [PackBlocks.heading(1, title, anchor: anchors[0]), PackBlocks.paragraph([.emphasis([.text(scope)])])]
        blocks.append(PackBlocks.heading(2, "Contents", anchor: anchor("Contents")))
        blocks.append(contents(anchor: anchor, links: links))
        blocks.append(PackBlocks.heading(2, "Meetings", anchor: anchor("Meetings")))
        blocks.append(posts.isEmpty ? PackBlocks.paragraph([.text("No posts.")]) : PackMeetingTable(posts: posts, links: links).block)
        blocks.append(PackBlocks.heading(2, "Timeline", anchor: anchor("Timeline")))
        blocks += timeline(links: links)
        blocks.append(PackBlocks.heading(2, "Indexes", anchor: anchor("Indexes")))
        blocks += PackIndexes(posts: posts, links: links, linksEntities: options.linksEntities)
            .blocks(anchors: ["Resolutions", "Documents", "Member states", "People"].map(anchor))
        let references = PackCrossReferences(posts: posts)
        blocks.append(PackBlocks.heading(2, "Cross-references", anchor: anchor("Cross-references")))
        blocks += references.blocks(links: links)
        guard includesPosts else { return blocks }
        blocks.append(PackBlocks.heading(2, "Posts", anchor: anchor("Posts")))
        for (index, post) in posts.enumerated() {
            blocks.append(PackBlocks.heading(3, post.metadata.title, anchor: anchors[postHeadingIndex[index]]))
            if let summary = PostDocument.summary(of: post) { blocks.append(PackBlocks.paragraph([.emphasis([.text(summary)])])) }
            if !post.metadata.tags.isEmpty { blocks.append(PackBlocks.paragraph([.strong([.text("Tags:")]), .text(" " + post.metadata.tags.joined(separator: ", "))])) }
            var body = references.resolver(for: index, links: links).rewrite(post.body)
            if options.linksEntities { body = EntityLinker().rewrite(body) }
            blocks += HeadingShifter(by: 2).rewrite(body)
        }
        return blocks
    }

    /// "3 posts; meetings from 2024-06-28 to 2024-10-30. Filter: country PRK."
    private var scope: String {
        let dates = posts.compactMap { $0.meeting.date ?? $0.metadata.posted }
        var text = "\(posts.count) post\(posts.count == 1 ? "" : "s")"
        if let first = dates.min(), let last = dates.max() { text += first == last ? "; \(first)" : "; from \(first) to \(last)" }
        if let filter { text += ". Filter: \(filter)" }
        return text + "."
    }

    private func contents(anchor: @escaping (String) -> String, links: PackPostLinks) -> Block {
        let item = { (section: String, sublist: Block?) in
            ListItem(blocks: [PackBlocks.paragraph([.link(Link(destination: "#\(anchor(section))", content: [.text(section)]))])] + (sublist.map { [$0] } ?? []),
                     range: PackBlocks.range)
        }
        let indexes = PackBlocks.list(["Resolutions", "Documents", "Member states", "People"].map { [.link(Link(destination: "#\(anchor($0))", content: [.text($0)]))] })
        var items = [item("Meetings", nil), item("Timeline", nil), item("Indexes", indexes), item("Cross-references", nil)]
        if includesPosts, !posts.isEmpty { items.append(item("Posts", PackBlocks.list(posts.indices.map { [links.link($0)] }))) }
        return .list(ListBlock(items: items, range: PackBlocks.range))
    }

    private func timeline(links: PackPostLinks) -> [Block] {
        let events = PackTimeline(posts: posts).events
        guard !events.isEmpty else { return [PackBlocks.paragraph([.text("The posts mention no dates.")])] }
        let items = events.map { event -> [Inline] in
            [.strong([.text(PackTimeline.shown(event.date))]), .text(" " + event.sentence + " — ")] + links.links(event.posts)
        }
        return [PackBlocks.list(items), PackBlocks.paragraph([.text("The same events as a diagram (GitHub draws Mermaid blocks):")]),
                .codeBlock(CodeBlock(info: "mermaid", literal: MermaidTimeline(title: title, events: events).text, range: PackBlocks.range))]
    }
}
