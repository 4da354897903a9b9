/// The data of a bar chart: a title, what its values count, and labelled bars in the order shown.
///
/// Packs draw it as a Mermaid `xychart-beta` or `pie` block in Markdown (``MermaidXYChart``,
/// ``MermaidPie``) and as inline SVG in HTML (``SVGBarChart``). Labels are any text (post text
/// included): each writer makes it safe for its own syntax.
struct BarChart: Sendable, Hashable {
    /// One bar: its label and its value, a count (0 or more).
    struct Bar: Sendable, Hashable {
        /// The label, as a reader reads it ("open briefing", "Jun 2024", "Russian Federation").
        let label: String
        /// The count.
        let value: Int
    }

    /// The title shown over the chart ("Meetings by format").
    let title: String
    /// What a value counts, capitalised for an axis ("Meetings").
    let unit: String
    /// The bars, in the order shown.
    let bars: [Bar]

    /// The largest value, or 0 for a chart without bars.
    var maximum: Int { bars.map(\.value).max() ?? 0 }

    /// The chart with its first `count` bars only (a table beside it lists the rest).
    func prefix(_ count: Int) -> BarChart {
        BarChart(title: title, unit: unit, bars: Array(bars.prefix(count)))
    }
}
