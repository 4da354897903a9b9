import Foundation
import WIBCore

/// The blocks a rendered post shows: the title as a level-1 heading, optionally a one-line
/// summary of the meeting and the post's source address and tags, then the body.
enum PostDocument {
    static func blocks(of post: Post, withSummary: Bool, withSourceAndTags: Bool = false, options: ExportOptions) -> [Block] {
        let titleRange = SourceRange(line: post.metadata.chrome.first { $0.role == .title }?.line ?? 1)
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text(post.metadata.title)], range: titleRange))]
        if withSummary, let summary = summary(of: post) {
            blocks.append(.paragraph(Paragraph(content: [.emphasis([.text(summary)])], range: titleRange)))
        }
        if withSourceAndTags { blocks += sourceAndTags(of: post, range: titleRange) }
        return blocks + (options.linksEntities ? post.body.rewritten(by: EntityLinker()) : post.body)
    }

    /// "Source: www.securitycouncilreport.org/whatsinblue/…" linking to the post's address
    /// (an `http` or `https` one; another is shown as text), and "Tags: Sudan, Humanitarian";
    /// each only when the post has it.
    static func sourceAndTags(of post: Post, range: SourceRange = SourceRange(line: 1)) -> [Block] {
        var blocks: [Block] = []
        if let url = post.metadata.url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty {
            let lowered = url.lowercased()
            let scheme = ["https://", "http://"].first { lowered.hasPrefix($0) }
            let shown = scheme.map { String(url.dropFirst($0.count)) } ?? url
            let address: Inline = scheme == nil ? .text(shown) : .link(Link(destination: url, content: [.text(shown)]))
            blocks.append(.paragraph(Paragraph(content: [.strong([.text("Source:")]), .text(" "), address], range: range)))
        }
        if !post.metadata.tags.isEmpty {
            blocks.append(.paragraph(Paragraph(content: [.strong([.text("Tags:")]), .text(" " + post.metadata.tags.joined(separator: ", "))], range: range)))
        }
        return blocks
    }

    /// "Posted 2024-06-27 · Meeting 2024-06-28, morning · open briefing · Non-proliferation/DPRK":
    /// the posted day and each of `meetings` (the post's first, unless given), days written by
    /// `day` (ISO unless given; a pack gives "Thu 28 Jun 2024").
    static func summary(of post: Post, meetings: [Meeting]? = nil, day: (CalendarDate) -> String = \.description) -> String? {
        var parts = post.metadata.posted.map { ["Posted \(day($0))"] } ?? []
        for meeting in meetings ?? Array(post.meetings.prefix(1)) {
            let when = [meeting.date.map(day), meeting.timeOfDay?.rawValue].compactMap { $0 }.joined(separator: ", ")
            parts += [when.isEmpty ? nil : "Meeting \(when)", meeting.format, meeting.agendaItem].compactMap { $0 }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
