import WIBCore

/// The meetings overview of a pack: one row per meeting a post previews (a post that previews two
/// gives two rows), in date order, with the day and its weekday ("Thu 28 Jun 2024, morning"),
/// the format, the topic (linking to the post's section, and to the post's address when known),
/// the agenda item, the requesters by the names the posts use ("the ROK", "the UK"), the
/// briefers and the expected outcome.
///
/// A post that previews no meeting keeps one row, dated by its posting ("posted Thu 19 Feb
/// 2026"); a post with neither a meeting date nor a posted date is "undated", and such rows come
/// last. The ISO dates stay where a machine reads them: the pack's front matter lists every
/// meeting's date, and the timeline starts each entry with one.
struct PackMeetingTable {
    let posts: [Post]
    let links: PackPostLinks
    let states: PackStateNames

    /// One row: a post, and the index of its meeting (`nil` when it previews none).
    struct Row: Equatable {
        let post: Int
        let meeting: Int?
    }

    /// Every row, by date (a meeting's date, else the posted date; undated rows last), then in
    /// the pack's order of posts, then in the post's order of meetings.
    static func rows(of posts: [Post]) -> [Row] {
        let rows = posts.indices.flatMap { index in
            posts[index].meetings.isEmpty ? [Row(post: index, meeting: nil)] : posts[index].meetings.indices.map { Row(post: index, meeting: $0) }
        }
        let date = { (row: Row) -> CalendarDate? in
            row.meeting.flatMap { posts[row.post].meetings[$0].date } ?? posts[row.post].metadata.posted
        }
        return rows.enumerated().sorted { a, b in
            switch (date(a.element), date(b.element)) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    var part: PackPart {
        let rows = PackMeetingTable.rows(of: posts)
        return .table(header: ["Date", "Format", "Topic", "Agenda item", "Requested by", "Briefers", "Outcome"], count: rows.count) { index in
            let row = rows[index]
            let post = posts[row.post]
            let meeting = row.meeting.map { post.meetings[$0] } ?? Meeting()
            var topic = [links.link(row.post, text: post.metadata.topic ?? post.metadata.title)]
            if let url = post.metadata.url { topic += [.text(" ("), .link(Link(destination: url, content: [.text("source")])), .text(")")] }
            return [
                [.text(PackMeetingTable.when(meeting, in: post, previewed: row.meeting != nil))],
                [.text(row.meeting == nil ? "no meeting previewed" : meeting.format ?? "")],
                topic,
                [.text(meeting.agendaItem ?? "")],
                [.text(states.list(meeting.requestedBy))],
                [.text(meeting.briefers.map(PackMeetingTable.briefer).joined(separator: "; "))],
                [.text(PackMeetingTable.outcome(of: meeting, first: row.meeting == 0, in: post, states: states))],
            ]
        }
    }

    /// "Thu 28 Jun 2024, morning"; "posted Thu 19 Feb 2026" for a post that previews no meeting
    /// or does not date it; "undated".
    static func when(_ meeting: Meeting, in post: Post, previewed: Bool) -> String {
        let day = meeting.date.map(PackDateText.weekdayAndDay) ?? post.metadata.posted.map { "posted " + PackDateText.weekdayAndDay($0) } ?? "undated"
        return [day, previewed ? meeting.timeOfDay?.rawValue : nil].compactMap { $0 }.joined(separator: ", ")
    }

    /// "Izumi Nakamitsu, High Representative for Disarmament Affairs"; an organisation alone
    /// when no one is named; the organisation after the title unless the title names it.
    static func briefer(_ briefer: Briefer) -> String {
        var parts = [briefer.name, briefer.title].compactMap { $0 }
        if let organization = briefer.organization, !parts.contains(where: { $0.contains(organization) }) { parts.append(organization) }
        return parts.joined(separator: ", ")
    }

    /// What the meeting is to decide, where the post says: "vote expected", "adoption expected",
    /// and, for a post's first meeting, what its opening paragraph says of the vote, each once:
    /// "vote expected (unanimous; abstentions: China, Russia)". Words that repeat the outcome
    /// ("adoption" for an adoption or a vote) add nothing.
    static func outcome(of meeting: Meeting, first: Bool, in post: Post, states: PackStateNames) -> String {
        let format = meeting.format?.lowercased() ?? ""
        guard format.contains("vote") || format.contains("adoption") else { return "" }
        let kind = format.contains("vote") ? "vote expected" : "adoption expected"
        guard first, let opening = post.body.first?.range else { return kind }
        var notes: [String] = []
        for mention in post.entities where mention.entity.kind == .vote && mention.line <= opening.lastLine {
            guard let words = voteWords[mention.entity.id] else { continue }
            let casters = mention.entity.attributes[.states] ?? []
            let note = casters.isEmpty ? words : "\(words): \(casters.map(states.name(of:)).joined(separator: ", "))"
            if !notes.contains(note) { notes.append(note) }
        }
        return notes.isEmpty ? kind : "\(kind) (\(notes.joined(separator: "; ")))"
    }

    /// The words for the outcomes worth noting beside the format; the others (`adoption`,
    /// tallies, votes in favour or against) repeat it or tell of past votes.
    private static let voteWords: [String: String] = [
        "unanimous-adoption": "unanimous", "veto": "veto", "abstention": "abstentions", "in-blue": "draft in blue",
        "silence": "under silence", "silence-broken": "silence broken",
    ]
}
