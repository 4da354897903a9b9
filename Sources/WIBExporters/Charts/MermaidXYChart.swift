/// A ``BarChart`` as a Mermaid `xychart-beta` bar chart, which GitHub draws from a fenced
/// `mermaid` block.
///
/// ```text
/// xychart-beta horizontal
///     title "Who requested meetings"
///     x-axis ["United Kingdom", "France"]
///     y-axis "Meetings" 0 --> 3
///     bar [3, 1]
/// ```
///
/// Every label is quoted (``MermaidLabel``). The value axis always starts at 0 (Mermaid would
/// otherwise start it at the smallest value, and that bar would have no length) and ends at the
/// largest value, at least 1.
struct MermaidXYChart {
    /// The chart.
    let chart: BarChart
    /// Whether the bars lie along the page (labels on the left, for names) rather than stand up
    /// (for counts over time).
    let horizontal: Bool

    /// The diagram's text, without a final newline.
    var text: String {
        [
            horizontal ? "xychart-beta horizontal" : "xychart-beta",
            "    title \(MermaidLabel.quoted(chart.title, limit: 80))",
            "    x-axis [\(chart.bars.map { MermaidLabel.quoted($0.label) }.joined(separator: ", "))]",
            "    y-axis \(MermaidLabel.quoted(chart.unit)) 0 --> \(max(chart.maximum, 1))",
            "    bar [\(chart.bars.map { String($0.value) }.joined(separator: ", "))]",
        ].joined(separator: "\n")
    }
}
