import WIBKit

/// What changed between two versions of a post: first its title, posted date, topic and update
/// mark (`*` after the title, `Update:` before it), then
/// each meeting's facts field by field (date, time of day, format, agenda item, requesters,
/// briefers, rule 37; a meeting only one version previews is added or removed whole), then the
/// paragraphs added, removed and changed (``ParagraphDiff``).
///
/// ``lines`` is the report, one line per difference; text lines start `- ` (old) and `+ ` (new):
///
/// ```text
/// posted: 2024-06-26 → 2024-06-27
/// meeting 1, date: 2024-06-28 → 2024-06-29
/// meeting 1, requested by: GBR, USA → FRA, GBR, USA
/// meeting 2: added (2024-07-01, vote)
/// paragraph 3, changed:
/// - On Friday, the Council will hold a briefing.
/// + On Saturday, the Council will hold a briefing.
/// ```
public struct PostDiff: Sendable {
    /// The report, a line per difference; empty when the versions say the same.
    public let lines: [String]

    /// The differences from `old` to `new` (both annotated, so that their meetings are read).
    public init(old: Post, new: Post) {
        var lines: [String] = []
        func field(_ name: String, _ a: String?, _ b: String?) {
            if a != b { lines.append("\(name): \(a ?? "none") → \(b ?? "none")") }
        }
        field("title", old.metadata.title, new.metadata.title)
        field("posted", old.metadata.posted?.description, new.metadata.posted?.description)
        field("topic", old.metadata.topic, new.metadata.topic)
        field("marked updated", old.metadata.updated ? "yes" : "no", new.metadata.updated ? "yes" : "no")
        for index in 0..<max(old.meetings.count, new.meetings.count) {
            let name = "meeting \(index + 1)"
            switch (index < old.meetings.count ? old.meetings[index] : nil, index < new.meetings.count ? new.meetings[index] : nil) {
            case (let a?, let b?):
                field("\(name), date", a.date?.description, b.date?.description)
                field("\(name), time of day", a.timeOfDay?.rawValue, b.timeOfDay?.rawValue)
                field("\(name), format", a.format, b.format)
                field("\(name), agenda item", a.agendaItem, b.agendaItem)
                field("\(name), requested by", PostDiff.list(a.requestedBy), PostDiff.list(b.requestedBy))
                field("\(name), briefers", PostDiff.list(a.briefers.map(PostDiff.describe), separator: "; "),
                      PostDiff.list(b.briefers.map(PostDiff.describe), separator: "; "))
                field("\(name), rule 37", PostDiff.list(a.rule37), PostDiff.list(b.rule37))
            case (nil, let b?): lines.append("\(name): added (\(PostDiff.summary(b)))")
            case (let a?, nil): lines.append("\(name): removed (\(PostDiff.summary(a)))")
            case (nil, nil): break
            }
        }
        for change in ParagraphDiff(old: old.body.map(\.plainText), new: new.body.map(\.plainText)).changes {
            switch change {
            case .added(let number, let text): lines += ["paragraph \(number), added:", "+ \(text)"]
            case .removed(let number, let text): lines += ["paragraph \(number) of the old version, removed:", "- \(text)"]
            case .changed(let number, let a, let b): lines += ["paragraph \(number), changed:", "- \(a)", "+ \(b)"]
            }
        }
        self.lines = lines
    }

    private static func list(_ items: [String], separator: String = ", ") -> String? {
        items.isEmpty ? nil : items.joined(separator: separator)
    }

    /// "Jane Roe (Under-Secretary-General, UNDP)", or the organisation alone.
    private static func describe(_ briefer: Briefer) -> String {
        let about = [briefer.title, briefer.name == nil ? nil : briefer.organization].compactMap { $0 }
        let who = briefer.name ?? briefer.organization ?? "unnamed"
        return about.isEmpty ? who : "\(who) (\(about.joined(separator: ", ")))"
    }

    private static func summary(_ meeting: Meeting) -> String {
        [meeting.date?.description, meeting.format, meeting.agendaItem].compactMap { $0 }.joined(separator: ", ")
    }
}
