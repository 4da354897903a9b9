/// A ``BarChart`` as a Mermaid `pie` chart (each bar a slice, its count shown), which GitHub draws
/// from a fenced `mermaid` block.
///
/// ```text
/// pie showData
///     title Meetings by format
///     "open briefing" : 3
///     "consultations" : 1
/// ```
///
/// Mermaid takes only values above 0, so bars of 0 are left out. The title runs to the end of its
/// line, so it is cut to one line and freed of `%%` as labels are; labels are quoted
/// (``MermaidLabel``).
struct MermaidPie {
    /// The chart.
    let chart: BarChart

    /// The diagram's text, without a final newline.
    var text: String {
        let title = MermaidLabel.quoted(chart.title, limit: 80).dropFirst().dropLast()
        return (["pie showData", "    title \(title)"]
            + chart.bars.filter { $0.value > 0 }.map { "    \(MermaidLabel.quoted($0.label)) : \($0.value)" }).joined(separator: "\n")
    }
}
