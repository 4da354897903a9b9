/// A ``BarChart`` as an inline SVG element: the title on top, then one row per bar, its label on
/// the left, the bar, and its count at the bar's end; each row's tooltip (`title`) gives the
/// whole label. Horizontal bars keep labels level and readable at a phone's width.
///
/// The drawing is ``SVGMarkup/viewWidth`` units wide and scales with its `viewBox`; text is 13
/// units (the title 15), about that many pixels on a 390-pixel phone. Labels longer than the
/// left column (at most 42% of the width) are cut with "…". No script, no external reference;
/// every text is escaped (``SVGMarkup/escaped(_:)``).
struct SVGBarChart {
    /// The chart.
    let chart: BarChart

    private static let rowHeight = 24.0
    private static let barHeight = 16.0
    private static let top = 30.0
    private static let labelSize = 13.0
    private static let valueSize = 12.0
    private static let titleSize = 15.0

    /// The `svg` element, on several lines, ending with a newline.
    var svg: String {
        let width = SVGMarkup.viewWidth
        let longest = chart.bars.map { SVGMarkup.width(of: $0.label, size: SVGBarChart.labelSize) }.max() ?? 0
        let labelWidth = min(max(longest, 40), (width * 0.42).rounded())
        let labelCharacters = Int(labelWidth / (SVGBarChart.labelSize * 0.56))
        let valueWidth = SVGMarkup.width(of: String(chart.maximum), size: SVGBarChart.valueSize) + 8
        let barStart = labelWidth + 8
        let barRoom = width - barStart - valueWidth
        let height = SVGBarChart.top + Double(chart.bars.count) * SVGBarChart.rowHeight + 4
        let titleCharacters = Int(width / (SVGBarChart.titleSize * 0.56))
        let unit = chart.unit.lowercased()

        var lines = [
            SVGMarkup.open(height: height, label: chart.title),
            "<text x=\"0\" y=\"18\" font-size=\"\(SVGMarkup.number(SVGBarChart.titleSize))\" font-weight=\"bold\" fill=\"#1b1b1b\">"
                + "\(SVGMarkup.escaped(ChartLabel.shortened(chart.title, limit: titleCharacters)))</text>",
        ]
        for (row, bar) in chart.bars.enumerated() {
            let y = SVGBarChart.top + Double(row) * SVGBarChart.rowHeight
            let middle = y + SVGBarChart.rowHeight / 2
            let length = chart.maximum > 0 ? max(barRoom * Double(bar.value) / Double(chart.maximum), bar.value > 0 ? 1 : 0) : 0
            let n = SVGMarkup.number
            lines.append("<g><title>\(SVGMarkup.escaped("\(ChartLabel.shortened(bar.label, limit: 300)): \(bar.value) \(unit)"))</title>")
            lines.append("<text x=\"\(n(labelWidth))\" y=\"\(n(middle + 4.5))\" font-size=\"\(n(SVGBarChart.labelSize))\" text-anchor=\"end\" fill=\"#1b1b1b\">"
                + "\(SVGMarkup.escaped(ChartLabel.shortened(bar.label, limit: labelCharacters)))</text>")
            if length > 0 {
                lines.append("<rect x=\"\(n(barStart))\" y=\"\(n(middle - SVGBarChart.barHeight / 2))\" width=\"\(n(length))\" "
                    + "height=\"\(n(SVGBarChart.barHeight))\" rx=\"2\" fill=\"#2f5fb3\"/>")
            }
            lines.append("<text x=\"\(n(barStart + length + 4))\" y=\"\(n(middle + 4))\" font-size=\"\(n(SVGBarChart.valueSize))\" fill=\"#444\">\(bar.value)</text></g>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
