import WIBCore

/// The blocks of a briefing pack: title, scope, contents, meetings overview, timeline (a list and
/// a Mermaid diagram, then the deadlines and expiries), indexes, cross-references, and the posts
/// themselves (optional).
///
/// Undated posts (no meeting date and no posted date) are kept apart, and no date is ever shown
/// as a partial ISO date (`--01-06`): they come last in the meetings table, dated "undated"; the
/// timeline ends with the events whose year is unknown, in words ("6 January"), and the diagram
/// leaves them out; the posts themselves follow the others under "Undated posts".
struct PackDocument {
    /// The posts, in meeting-date order (undated posts last).
    let posts: [Post]
    let title: String
    /// Says which filter made the pack, when one did.
    let filter: String?
    let includesPosts: Bool
    let options: ExportOptions

    /// The fixed section headings, in document order, after the title.
    private static let sections = ["Contents", "Meetings", "Timeline", "Deadlines and expiries", "Indexes", "Resolutions", "Documents", "Member states",
                                   "People", "Cross-references", "Posts"]
    /// The heading over the undated posts, after the dated ones.
    private static let undatedSection = "Undated posts"

    /// Whether a post has neither a meeting date nor a posted date.
    static func isUndated(_ post: Post) -> Bool {
        post.meeting.date == nil && post.metadata.posted == nil
    }

    var blocks: [Block] {
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
        let states = PackStateNames(posts: posts)
        let timeline = PackTimeline(posts: posts)

        var blocks = [PackBlocks.heading(1, title, anchor: anchors[0]), PackBlocks.paragraph([.emphasis([.text(scope)])])]
        blocks.append(PackBlocks.heading(2, "Contents", anchor: anchor("Contents")))
        blocks.append(contents(anchor: anchor, links: links, firstUndated: firstUndated))
        blocks.append(PackBlocks.heading(2, "Meetings", anchor: anchor("Meetings")))
        blocks.append(posts.isEmpty ? PackBlocks.paragraph([.text("No posts.")]) : PackMeetingTable(posts: posts, links: links, states: states).block)
        blocks.append(PackBlocks.heading(2, "Timeline", anchor: anchor("Timeline")))
        blocks += self.timeline(timeline, links: links)
        blocks.append(PackBlocks.heading(3, "Deadlines and expiries", anchor: anchor("Deadlines and expiries")))
        blocks.append(deadlines(timeline, links: links))
        blocks.append(PackBlocks.heading(2, "Indexes", anchor: anchor("Indexes")))
        blocks += PackIndexes(posts: posts, links: links, linksEntities: options.linksEntities, names: states)
            .blocks(anchors: ["Resolutions", "Documents", "Member states", "People"].map(anchor))
        let references = PackCrossReferences(posts: posts)
        blocks.append(PackBlocks.heading(2, "Cross-references", anchor: anchor("Cross-references")))
        blocks += references.blocks(links: links)
        guard includesPosts else { return blocks }
        blocks.append(PackBlocks.heading(2, "Posts", anchor: anchor("Posts")))
        for (index, post) in posts.enumerated() {
            if index == firstUndated {
                blocks.append(PackBlocks.heading(2, PackDocument.undatedSection, anchor: anchor(PackDocument.undatedSection)))
                blocks.append(PackBlocks.paragraph([.text("These posts give no posted date and no meeting date.")]))
            }
            blocks.append(PackBlocks.heading(3, post.metadata.title, anchor: anchors[postHeadingIndex[index]]))
            if let summary = PostDocument.summary(of: post) { blocks.append(PackBlocks.paragraph([.emphasis([.text(summary)])])) }
            if !post.metadata.tags.isEmpty { blocks.append(PackBlocks.paragraph([.strong([.text("Tags:")]), .text(" " + post.metadata.tags.joined(separator: ", "))])) }
            var body = references.resolver(for: index, links: links).rewrite(post.body)
            if options.linksEntities { body = EntityLinker().rewrite(body) }
            blocks += HeadingShifter(by: 2).rewrite(body)
        }
        return blocks
    }

    /// "3 posts (1 undated), 4 meetings; from 28 Jun 2024 to 31 Oct 2024. Filter: country PRK."
    /// The dates are those of every meeting, and the posted date of a post that dates none.
    private var scope: String {
        let dates = posts.flatMap { post in
            let days = post.meetings.compactMap(\.date)
            return days.isEmpty ? Array(post.metadata.posted.map { [$0] } ?? []) : days
        }
        let undated = posts.filter(PackDocument.isUndated).count
        let meetings = posts.map(\.meetings.count).reduce(0, +)
        var text = "\(posts.count) post\(posts.count == 1 ? "" : "s")"
        if undated > 0 { text += " (\(undated) undated)" }
        if meetings > 0 { text += ", \(meetings) meeting\(meetings == 1 ? "" : "s")" }
        if let first = dates.min(), let last = dates.max() {
            text += first == last ? "; \(PackDateText.day(first))" : "; from \(PackDateText.day(first)) to \(PackDateText.day(last))"
        }
        if let filter { text += ". Filter: \(filter)" }
        return text + "."
    }

    private func contents(anchor: @escaping (String) -> String, links: PackPostLinks, firstUndated: Int) -> Block {
        let item = { (section: String, sublist: Block?) in
            ListItem(blocks: [PackBlocks.paragraph([.link(Link(destination: "#\(anchor(section))", content: [.text(section)]))])] + (sublist.map { [$0] } ?? []),
                     range: PackBlocks.range)
        }
        let indexes = PackBlocks.list(["Resolutions", "Documents", "Member states", "People"].map { [.link(Link(destination: "#\(anchor($0))", content: [.text($0)]))] })
        let deadlines = PackBlocks.list([[.link(Link(destination: "#\(anchor("Deadlines and expiries"))", content: [.text("Deadlines and expiries")]))]])
        var items = [item("Meetings", nil), item("Timeline", deadlines), item("Indexes", indexes), item("Cross-references", nil)]
        // Each post with its posted date, so that two posts of one title can be told apart.
        let entry = { (index: Int) -> [Inline] in
            [links.link(index)] + (posts[index].metadata.posted.map { [.text(" (posted \(PackDateText.day($0)))")] } ?? [])
        }
        if includesPosts, firstUndated > 0 { items.append(item("Posts", PackBlocks.list((0..<firstUndated).map(entry)))) }
        if includesPosts, firstUndated < posts.count {
            items.append(item(PackDocument.undatedSection, PackBlocks.list((firstUndated..<posts.count).map(entry))))
        }
        return .list(ListBlock(items: items, range: PackBlocks.range))
    }

    /// Timeline entries as a list, each its date in bold, its text and the posts that tell it:
    /// those of known year, then those whose year is unknown under their own item.
    private func list(_ entries: [PackTimeline.Event], links: PackPostLinks) -> Block {
        let entry = { (event: PackTimeline.Event) -> [Inline] in
            [.strong([.text(PackTimeline.shown(event.date))]), .text(" " + event.text + " — ")] + links.links(event.posts)
        }
        var items = entries.filter { !PackTimeline.lacksYear($0.date) }.map { ListItem(blocks: [PackBlocks.paragraph(entry($0))], range: PackBlocks.range) }
        let yearless = entries.filter { PackTimeline.lacksYear($0.date) }
        if !yearless.isEmpty {
            items.append(ListItem(blocks: [PackBlocks.paragraph([.strong([.text("Year unknown")]), .text(" (in posts that give no date):")]),
                                           PackBlocks.list(yearless.map(entry))], range: PackBlocks.range))
        }
        return .list(ListBlock(items: items, range: PackBlocks.range))
    }

    /// The timeline: the dated events, then those whose year is unknown under their own item, then
    /// the dated events as a Mermaid diagram.
    private func timeline(_ timeline: PackTimeline, links: PackPostLinks) -> [Block] {
        guard !timeline.events.isEmpty else { return [PackBlocks.paragraph([.text("The posts tell of no dated events.")])] }
        var blocks = [list(timeline.events, links: links)]
        if !timeline.dated.isEmpty {
            let caption = timeline.yearless.isEmpty ? "The same events as a diagram (GitHub draws Mermaid blocks):"
                : "The events of known year as a diagram (GitHub draws Mermaid blocks):"
            blocks += [PackBlocks.paragraph([.text(caption)]),
                       .codeBlock(CodeBlock(info: "mermaid", literal: MermaidTimeline(title: title, events: timeline.dated).text, range: PackBlocks.range))]
        }
        return blocks
    }

    /// The deadlines and terms, in date order (those of unknown year last, in words).
    private func deadlines(_ timeline: PackTimeline, links: PackPostLinks) -> Block {
        guard !timeline.deadlines.isEmpty else { return PackBlocks.paragraph([.text("The posts give no deadlines.")]) }
        return list(timeline.deadlines, links: links)
    }
}
