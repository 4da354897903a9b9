import Foundation

/// A pack's timeline as a Mermaid `timeline` diagram, which GitHub draws from a fenced block.
///
/// Mermaid reads `:` as the start of an event and `;` and `#` as its own syntax, so event
/// labels are shortened and have those characters replaced; the Markdown list beside it keeps
/// the full sentences.
///
/// A timeline of more than ``eventLimit`` events would be a diagram nobody can read (and GitHub
/// refuses Mermaid text that long): it is drawn as the number of events in each month, or in
/// each year when they span more than three years.
struct MermaidTimeline {
    let title: String
    let events: [PackTimeline.Event]

    /// The most events drawn one by one.
    static let eventLimit = 40

    var text: String {
        var lines = ["timeline", "    title \(MermaidTimeline.label(title, limit: 80))"]
        guard events.count <= MermaidTimeline.eventLimit else { return (lines + counts).joined(separator: "\n") }
        var lastDate: String?
        for event in events {
            let label = MermaidTimeline.label(event.text, limit: 70)
            if event.date == lastDate {
                lines.append("        : \(label)")
            } else {
                lines.append("    \(PackTimeline.shown(event.date)) : \(label)")
                lastDate = event.date
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One line per month (`2024-06 : 14 events`) or, over more than three years, per year.
    private var counts: [String] {
        let years = Set(events.map { $0.date.prefix(4) })
        let length = years.count > 3 ? 4 : 7
        var periods: [(period: Substring, count: Int)] = []
        for event in events {
            let period = event.date.prefix(length)
            if periods.last?.period == period { periods[periods.count - 1].count += 1 } else { periods.append((period, 1)) }
        }
        return periods.map { "    \($0.period) : \($0.count) event\($0.count == 1 ? "" : "s")" }
    }

    /// `text` on one line, without Mermaid's syntax characters, cut at a word within `limit`.
    static func label(_ text: String, limit: Int) -> String {
        let plain = String(text.map { ":;#".contains($0) ? "," : ($0.isNewline ? " " : $0) })
        guard plain.count > limit else { return plain }
        let cut = plain.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
