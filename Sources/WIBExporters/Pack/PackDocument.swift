import WIBCore

/// The parts of a briefing pack: title, scope, contents, meetings overview, timeline (a list and
/// a chart), the Council at work, indexes, cross-references, and the posts themselves
/// (optional), each with a link to its source on the web when its address is known.
///
/// Undated posts (no meeting date and no posted date) are kept apart, and no date is ever shown
/// as a partial ISO date (`--01-06`): they come last in the meetings table, dated "undated"; the
/// timeline ends with the events whose year is unknown, in words ("6 January"), and the diagram
/// leaves them out; the posts themselves follow the others under "Undated posts".
struct PackDocument: Sendable {
    /// The posts, in meeting-date order (undated posts last).
    let posts: [Post]
    let title: String
    /// Says which filter made the pack, when one did.
    let filter: String?
    let includesPosts: Bool
    let options: ExportOptions

    /// The fixed section headings, in document order, after the title.
    private static let sections = ["Contents", "Meetings", "Timeline", "The Council at work", "Indexes", "Resolutions", "Documents", "Member states", "People", "Cross-references", "Posts"]
    /// The heading over the undated posts, after the dated ones.
    private static let undatedSection = "Undated posts"

    /// Whether a post has neither a meeting date nor a posted date.
    static func isUndated(_ post: Post) -> Bool {
        post.meeting.date == nil && post.metadata.posted == nil
    }

    /// Hands the pack's parts to `emit` in reading order, each made when it is needed: the
    /// overview section by section (title to cross-references, with its charts), then each post's
    /// section, so that a writer renders one part at a time and lets it go.
    func write(_ emit: (PackPart) -> Void) {
        // Every heading's anchor, in document order, as GitHub numbers repeated ones.
        let firstUndated = posts.firstIndex(where: PackDocument.isUndated) ?? posts.endIndex
        var headings = [title] + PackDocument.sections
        var postHeadingIndex: [Int] = []
        var undatedHeadingIndex: Int?
        if includesPosts {
            for (index, post) in posts.enumerated() {
                if index == firstUndated {
                    undatedHeadingIndex = headings.count
                    headings.append(PackDocument.undatedSection)
                }
                postHeadingIndex.append(headings.count)
                headings.append(post.metadata.title)
                headings += post.body.filter { if case .heading = $0 { true } else { false } }.map(\.plainText)
            }
        }
        let anchors = PackAnchors(headings: headings).slugs
        let anchor = { (section: String) in
            section == PackDocument.undatedSection ? anchors[undatedHeadingIndex ?? 0] : anchors[1 + PackDocument.sections.firstIndex(of: section)!]
        }
        let links = PackPostLinks(posts: posts, anchors: includesPosts ? postHeadingIndex.map { anchors[$0] } : nil)

        var blocks = [PackBlocks.heading(1, title, anchor: anchors[0]), PackBlocks.paragraph([.emphasis([.text(scope)])])]
        blocks.append(PackBlocks.heading(2, "Contents", anchor: anchor("Contents")))
        blocks.append(contents(anchor: anchor, links: links, firstUndated: firstUndated))
        emit(.blocks(blocks))
        blocks = [PackBlocks.heading(2, "Meetings", anchor: anchor("Meetings"))]
        blocks.append(posts.isEmpty ? PackBlocks.paragraph([.text("No posts.")]) : PackMeetingTable(posts: posts, links: links).block)
        emit(.blocks(blocks))
        emit(.blocks([PackBlocks.heading(2, "Timeline", anchor: anchor("Timeline"))]))
        timeline(links: links).forEach(emit)
        emit(.blocks([PackBlocks.heading(2, "The Council at work", anchor: anchor("The Council at work"))]))
        CouncilAtWork(posts: posts).parts.forEach(emit)
        blocks = [PackBlocks.heading(2, "Indexes", anchor: anchor("Indexes"))]
        blocks += PackIndexes(posts: posts, links: links, linksEntities: options.linksEntities)
            .blocks(anchors: ["Resolutions", "Documents", "Member states", "People"].map(anchor))
        emit(.blocks(blocks))
        let references = PackCrossReferences(posts: posts)
        blocks = [PackBlocks.heading(2, "Cross-references", anchor: anchor("Cross-references"))]
        blocks += references.blocks(links: links)
        if includesPosts { blocks.append(PackBlocks.heading(2, "Posts", anchor: anchor("Posts"))) }
        emit(.blocks(blocks))
        guard includesPosts else { return }
        for (index, post) in posts.enumerated() {
            blocks = []
            if index == firstUndated {
                blocks.append(PackBlocks.heading(2, PackDocument.undatedSection, anchor: anchor(PackDocument.undatedSection)))
                blocks.append(PackBlocks.paragraph([.text("These posts give no posted date and no meeting date.")]))
            }
            blocks.append(PackBlocks.heading(3, post.metadata.title, anchor: anchors[postHeadingIndex[index]]))
            if let summary = PostDocument.summary(of: post) { blocks.append(PackBlocks.paragraph([.emphasis([.text(summary)])])) }
            blocks += PostDocument.sourceAndTags(of: post)
            var body = references.resolver(for: index, links: links).rewrite(post.body)
            if options.linksEntities { body = EntityLinker().rewrite(body) }
            blocks += HeadingShifter(by: 2).rewrite(body)
            emit(.blocks(blocks))
        }
    }

    /// "3 posts (1 undated); from 2024-06-28 to 2024-10-30. Filter: country PRK."
    private var scope: String {
        let dates = posts.compactMap { $0.meeting.date ?? $0.metadata.posted }
        var text = "\(posts.count) post\(posts.count == 1 ? "" : "s")"
        if dates.count < posts.count { text += " (\(posts.count - dates.count) undated)" }
        if let first = dates.min(), let last = dates.max() { text += first == last ? "; \(first)" : "; from \(first) to \(last)" }
        if let filter { text += ". Filter: \(filter)" }
        return text + "."
    }

    private func contents(anchor: @escaping (String) -> String, links: PackPostLinks, firstUndated: Int) -> Block {
        let item = { (section: String, sublist: Block?) in
            ListItem(blocks: [PackBlocks.paragraph([.link(Link(destination: "#\(anchor(section))", content: [.text(section)]))])] + (sublist.map { [$0] } ?? []),
                     range: PackBlocks.range)
        }
        let indexes = PackBlocks.list(["Resolutions", "Documents", "Member states", "People"].map { [.link(Link(destination: "#\(anchor($0))", content: [.text($0)]))] })
        var items = [item("Meetings", nil), item("Timeline", nil), item("The Council at work", nil), item("Indexes", indexes), item("Cross-references", nil)]
        if includesPosts, firstUndated > 0 { items.append(item("Posts", PackBlocks.list((0..<firstUndated).map { [links.link($0)] }))) }
        if includesPosts, firstUndated < posts.count {
            items.append(item(PackDocument.undatedSection, PackBlocks.list((firstUndated..<posts.count).map { [links.link($0)] })))
        }
        return .list(ListBlock(items: items, range: PackBlocks.range))
    }

    /// The timeline: the dated events, then those whose year is unknown under their own item, then
    /// the dated events as a chart (a Mermaid diagram in Markdown, a strip in HTML).
    private func timeline(links: PackPostLinks) -> [PackPart] {
        let timeline = PackTimeline(posts: posts)
        guard !timeline.events.isEmpty else { return [.blocks([PackBlocks.paragraph([.text("The posts mention no dates.")])])] }
        let entry = { (event: PackTimeline.Event) -> [Inline] in
            [.strong([.text(PackTimeline.shown(event.date))]), .text(" " + event.sentence + " — ")] + links.links(event.posts)
        }
        let (dated, yearless) = (timeline.dated, timeline.yearless)
        var parts = [PackPart.list(count: dated.count + (yearless.isEmpty ? 0 : 1)) { index in
            guard index == dated.count else { return ListItem(blocks: [PackBlocks.paragraph(entry(dated[index]))], range: PackBlocks.range) }
            return ListItem(blocks: [PackBlocks.paragraph([.strong([.text("Year unknown")]), .text(" (in posts that give no date):")]),
                                     PackBlocks.list(yearless.map(entry))], range: PackBlocks.range)
        }]
        if !dated.isEmpty {
            let caption = yearless.isEmpty ? "The same events as a diagram" : "The events of known year as a diagram"
            let strip = TimelineStrip(events: dated.map { ($0.date, PackTimeline.shown($0.date), $0.sentence) })
            parts.append(.figure(PackFigure(.timeline(strip, mermaid: MermaidTimeline(title: title, events: dated).text), caption: caption)))
        }
        return parts
    }
}
