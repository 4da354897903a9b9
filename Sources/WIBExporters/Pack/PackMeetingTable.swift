import WIBCore

/// The meetings overview of a pack: one row per post, with the meeting's date, format, topic
/// (linking to the post's section), agenda item, requesters, briefers and expected outcome. A
/// post with neither a meeting date nor a posted date is "undated" (such posts come last).
struct PackMeetingTable {
    let posts: [Post]
    let links: PackPostLinks

    var block: Block {
        PackBlocks.table(["Date", "Format", "Topic", "Agenda item", "Requested by", "Briefers", "Outcome"], posts.indices.map { index in
            let post = posts[index]
            let meeting = post.meeting
            let when = [meeting.date?.description ?? post.metadata.posted.map { "posted \($0)" } ?? "undated", meeting.timeOfDay].compactMap { $0 }
            let briefers = meeting.briefers.map { [$0.name, $0.title, $0.organization].compactMap { $0 }.joined(separator: ", ") }
            return [
                [.text(when.joined(separator: ", "))],
                [.text(meeting.format ?? "")],
                [links.link(index, text: post.metadata.topic ?? post.metadata.title)],
                [.text(meeting.agendaItem ?? "")],
                [.text(meeting.requestedBy.joined(separator: ", "))],
                [.text(briefers.joined(separator: "; "))],
                [.text(PackMeetingTable.outcome(of: post))],
            ]
        })
    }

    /// What the meeting is to decide, where the post says: a vote or an adoption, with the
    /// votes it expects (veto, abstention) when the opening paragraph names them.
    static func outcome(of post: Post) -> String {
        let format = post.meeting.format?.lowercased() ?? ""
        guard format.contains("vote") || format.contains("adoption") else { return "" }
        let opening = post.body.first?.range
        let expected = post.entities.filter { mention in opening.map { mention.line <= $0.lastLine } ?? false }.distinctIDs(of: .vote)
        let kind = format.contains("vote") ? "vote" : "adoption"
        return expected.isEmpty ? "\(kind) expected" : "\(kind) expected (\(expected.joined(separator: ", ")))"
    }
}
