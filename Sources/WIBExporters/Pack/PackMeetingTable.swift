import WIBCore

/// The table at the top of a pack: one row per post, with the meeting's date, format, topic
/// (linking to the post's section), requesters and briefers.
struct PackMeetingTable {
    let posts: [Post]
    let anchors: PackAnchors

    var table: Table {
        let header = ["Date", "Meeting", "Topic", "Requested by", "Briefers"].map { TableCell(content: [.text($0)]) }
        let rows = zip(posts, anchors.slugs).map { post, slug in
            let meeting = post.meeting
            let when = [meeting.date?.description ?? post.metadata.posted.map { "posted \($0)" }, meeting.timeOfDay].compactMap { $0 }
            let briefers = meeting.briefers.map { [$0.name, $0.title, $0.organization].compactMap { $0 }.joined(separator: ", ") }
            return [
                TableCell(content: [.text(when.joined(separator: ", "))]),
                TableCell(content: [.text(meeting.format ?? "")]),
                TableCell(content: [.link(Link(destination: "#\(slug)", content: [.text(post.metadata.topic ?? post.metadata.title)]))]),
                TableCell(content: [.text(meeting.requestedBy.joined(separator: ", "))]),
                TableCell(content: [.text(briefers.joined(separator: "; "))]),
            ]
        }
        return Table(header: header, rows: rows, range: SourceRange(line: 1))
    }
}
