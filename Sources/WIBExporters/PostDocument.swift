import WIBCore

/// The blocks a rendered post shows: the title as a level-1 heading, optionally a one-line
/// summary of the meeting, then the body.
enum PostDocument {
    static func blocks(of post: Post, withSummary: Bool, options: ExportOptions) -> [Block] {
        let titleRange = SourceRange(line: post.metadata.chrome.first { $0.role == .title }?.line ?? 1)
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text(post.metadata.title)], range: titleRange))]
        if withSummary, let summary = summary(of: post) {
            blocks.append(.paragraph(Paragraph(content: [.emphasis([.text(summary)])], range: titleRange)))
        }
        return blocks + (options.linksEntities ? EntityLinker().rewrite(post.body) : post.body)
    }

    /// "Posted 2024-06-27 · Meeting 2024-06-28, morning · open briefing · Non-proliferation/DPRK".
    static func summary(of post: Post) -> String? {
        let meeting = post.meeting
        let when = [meeting.date?.description, meeting.timeOfDay].compactMap { $0 }.joined(separator: ", ")
        let parts = [post.metadata.posted.map { "Posted \($0)" }, when.isEmpty ? nil : "Meeting \(when)",
                     meeting.format, meeting.agendaItem].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
