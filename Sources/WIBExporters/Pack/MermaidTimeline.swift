import Foundation

/// A pack's timeline as a Mermaid `timeline` diagram, which GitHub draws from a fenced block.
///
/// Mermaid reads `:` as the start of an event and `;` and `#` as its own syntax, so event
/// labels are shortened and have those characters replaced; the Markdown list beside it keeps
/// the full sentences.
struct MermaidTimeline {
    let title: String
    let events: [PackTimeline.Event]

    var text: String {
        var lines = ["timeline", "    title \(MermaidTimeline.label(title, limit: 80))"]
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

    /// `text` on one line, without Mermaid's syntax characters, cut at a word within `limit`.
    static func label(_ text: String, limit: Int) -> String {
        let plain = String(text.map { ":;#".contains($0) ? "," : ($0.isNewline ? " " : $0) })
        guard plain.count > limit else { return plain }
        let cut = plain.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
