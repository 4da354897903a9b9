import WIBCore

/// The parts of a briefing pack: title, scope, contents, meetings overview (a row per meeting),
/// timeline (a list and a chart, then the deadlines and expiries), the Council at work, indexes,
/// cross-references, and the posts themselves (optional), each with a link to its source on the
/// web when its address is known.
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
    /// Whether the work done on each post runs on every core (``PerPost``); the bytes are the
    /// same either way.
    var parallel = true

    /// The fixed section headings, in document order, after the title.
    private static let sections = ["Contents", "Meetings", "Timeline", "Deadlines and expiries", "The Council at work", "Indexes", "Resolutions", "Documents",
                                   "Member states", "People", "Cross-references", "Posts"]
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
        let states = PackStateNames(posts: posts)

        var blocks = [PackBlocks.heading(1, title, anchor: anchors[0]), PackBlocks.paragraph([.emphasis([.text(scope)])])]
        blocks.append(PackBlocks.heading(2, "Contents", anchor: anchor("Contents")))
        blocks.append(contents(anchor: anchor, links: links, firstUndated: firstUndated))
        emit(.blocks(blocks))
        emit(.blocks([PackBlocks.heading(2, "Meetings", anchor: anchor("Meetings"))]))
        emit(posts.isEmpty ? .blocks([PackBlocks.paragraph([.text("No posts.")])]) : PackMeetingTable(posts: posts, links: links, states: states).part)
        emit(.blocks([PackBlocks.heading(2, "Timeline", anchor: anchor("Timeline"))]))
        let timeline = PackTimeline(posts: posts, parallel: parallel)
        self.timeline(timeline, links: links).forEach(emit)
        emit(.blocks([PackBlocks.heading(3, "Deadlines and expiries", anchor: anchor("Deadlines and expiries")), deadlines(timeline, links: links)]))
        emit(.blocks([PackBlocks.heading(2, "The Council at work", anchor: anchor("The Council at work"))]))
        CouncilAtWork(posts: posts, names: states).parts.forEach(emit)
        emit(.blocks([PackBlocks.heading(2, "Indexes", anchor: anchor("Indexes"))]))
        PackIndexes(posts: posts, links: links, linksEntities: options.linksEntities, names: states, parallel: parallel)
            .parts(anchors: ["Resolutions", "Documents", "Member states", "People"].map(anchor)).forEach(emit)
        let references = PackCrossReferences(posts: posts)
        blocks = [PackBlocks.heading(2, "Cross-references", anchor: anchor("Cross-references"))]
        blocks += references.blocks(links: links)
        if includesPosts { blocks.append(PackBlocks.heading(2, "Posts", anchor: anchor("Posts"))) }
        emit(.blocks(blocks))
        guard includesPosts else { return }
        let (posts, undatedAnchor, linksEntities, headingIndexes) = (posts, anchor(PackDocument.undatedSection), options.linksEntities, postHeadingIndex)
        emit(.sections(count: posts.count) { index in
            let post = posts[index]
            var blocks: [Block] = []
            if index == firstUndated {
                blocks.append(PackBlocks.heading(2, PackDocument.undatedSection, anchor: undatedAnchor))
                blocks.append(PackBlocks.paragraph([.text("These posts give no posted date and no meeting date.")]))
            }
            blocks.append(PackBlocks.heading(3, post.metadata.title, anchor: anchors[headingIndexes[index]]))
            if let summary = PackDocument.summary(of: post) { blocks.append(PackBlocks.paragraph([.emphasis([.text(summary)])])) }
            blocks += PostDocument.sourceAndTags(of: post)
            blocks += post.body.rewritten(by: PackSectionRewriter(resolver: references.resolver(for: index, links: links),
                                                                  linker: linksEntities ? EntityLinker() : nil, shifter: HeadingShifter(by: 2)))
            return blocks
        })
    }

    /// The line under a post's heading, with days as a reader reads them and every meeting the
    /// post previews: "Posted Wed 30 Oct 2024 · Meeting Wed 30 Oct 2024, afternoon · briefing ·
    /// Maintenance of peace and security of Ukraine · Meeting Thu 31 Oct 2024, morning · …".
    static func summary(of post: Post) -> String? {
        PostDocument.summary(of: post, meetings: post.meetings, day: PackDateText.weekdayAndDay)
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
        var items = [item("Meetings", nil), item("Timeline", deadlines), item("The Council at work", nil), item("Indexes", indexes), item("Cross-references", nil)]
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

    /// Timeline entries as list items, each its date in bold, its text and the posts that tell
    /// it: those of known year, then those whose year is unknown under one item of their own.
    private func items(_ entries: [PackTimeline.Event], links: PackPostLinks) -> (count: Int, item: (Int) -> ListItem) {
        let entry = { (event: PackTimeline.Event) -> [Inline] in
            [.strong([.text(PackTimeline.shown(event.date))]), .text(" " + event.text + " — ")] + links.links(event.posts)
        }
        let dated = entries.filter { !PackTimeline.lacksYear($0.date) }
        let yearless = entries.filter { PackTimeline.lacksYear($0.date) }
        return (dated.count + (yearless.isEmpty ? 0 : 1), { index in
            guard index == dated.count else { return ListItem(blocks: [PackBlocks.paragraph(entry(dated[index]))], range: PackBlocks.range) }
            return ListItem(blocks: [PackBlocks.paragraph([.strong([.text("Year unknown")]), .text(" (in posts that give no date):")]),
                                     PackBlocks.list(yearless.map(entry))], range: PackBlocks.range)
        })
    }

    /// The timeline: the dated events, then those whose year is unknown under their own item, then
    /// the dated events as a chart (a Mermaid diagram in Markdown, a strip in HTML).
    private func timeline(_ timeline: PackTimeline, links: PackPostLinks) -> [PackPart] {
        guard !timeline.events.isEmpty else { return [.blocks([PackBlocks.paragraph([.text("The posts tell of no dated events.")])])] }
        let list = items(timeline.events, links: links)
        var parts = [PackPart.list(count: list.count, item: list.item)]
        if !timeline.dated.isEmpty {
            let caption = timeline.yearless.isEmpty ? "The same events as a diagram" : "The events of known year as a diagram"
            let strip = TimelineStrip(events: timeline.dated.map { ($0.date, PackTimeline.shown($0.date), $0.text) })
            parts.append(.figure(PackFigure(.timeline(strip, mermaid: MermaidTimeline(title: title, events: timeline.dated).text), caption: caption)))
        }
        return parts
    }

    /// The deadlines and terms, in date order (those of unknown year last, in words).
    private func deadlines(_ timeline: PackTimeline, links: PackPostLinks) -> Block {
        guard !timeline.deadlines.isEmpty else { return PackBlocks.paragraph([.text("The posts give no deadlines.")]) }
        let list = items(timeline.deadlines, links: links)
        return .list(ListBlock(items: (0..<list.count).map(list.item), range: PackBlocks.range))
    }
}
