import WIBCore

/// A ``TimelineStrip`` as an inline SVG element: a time axis from the first event to the last,
/// with a dot for each event at its day. Events too close to tell apart stack upwards; a stack
/// holds at most six dots, and a taller one shows its count above ("99+" past 99). Each dot's
/// tooltip (`title`) gives its date and event. The axis is marked in years, or in months over two
/// years or less.
///
/// The drawing is ``SVGMarkup/viewWidth`` units wide and scales with its `viewBox`; it has at
/// most one dot per event and never more than six per column, so a pack of thousands of events
/// draws a strip of bounded size. No script; every text is escaped.
struct SVGTimelineStrip {
    /// The events.
    let strip: TimelineStrip

    private static let left = 14.0
    private static let columnWidth = 14.0
    private static let stackLimit = 6
    private static let dotSpacing = 8.0
    private static let axis = 100.0
    private static let height = 126.0

    /// The `svg` element, on several lines, ending with a newline.
    var svg: String {
        let marks = strip.marks
        guard let first = marks.first?.date, let last = marks.last?.date else { return "" }
        let n = SVGMarkup.number
        let right = SVGMarkup.viewWidth - SVGTimelineStrip.left
        let columns = Int((right - SVGTimelineStrip.left) / SVGTimelineStrip.columnWidth)
        let span = Double(last.daysSinceEpoch - first.daysSinceEpoch)
        let column = { (date: CalendarDate) -> Int in
            guard span > 0 else { return columns / 2 }
            return min(Int(Double(date.daysSinceEpoch - first.daysSinceEpoch) / span * Double(columns)), columns - 1)
        }
        let center = { (column: Int) in SVGTimelineStrip.left + (Double(column) + 0.5) * SVGTimelineStrip.columnWidth }
        let title = marks.count == 1 ? "1 event, \(first)" : first.year == last.year ? "\(marks.count) events in \(first.year)"
            : "\(marks.count) events, \(first.year) to \(last.year)"

        var lines = [
            SVGMarkup.open(height: SVGTimelineStrip.height, label: "Timeline: \(title)"),
            "<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\" fill=\"#1b1b1b\">\(SVGMarkup.escaped(title))</text>",
            "<line x1=\"\(n(SVGTimelineStrip.left))\" y1=\"\(n(SVGTimelineStrip.axis))\" x2=\"\(n(right))\" y2=\"\(n(SVGTimelineStrip.axis))\" stroke=\"#8a94a6\" stroke-width=\"1.5\"/>",
        ]
        lines += ticks(first: first, last: last, position: { date in
            span > 0 ? SVGTimelineStrip.left + Double(date.daysSinceEpoch - first.daysSinceEpoch) / span * (right - SVGTimelineStrip.left)
                : center(columns / 2)
        })
        var stacks: [Int: [TimelineStrip.Mark]] = [:]
        for mark in marks { stacks[column(mark.date), default: []].append(mark) }
        for (index, stack) in stacks.sorted(by: { $0.key < $1.key }) {
            let x = center(index)
            for (level, mark) in stack.prefix(SVGTimelineStrip.stackLimit).enumerated() {
                let y = SVGTimelineStrip.axis - 7 - Double(level) * SVGTimelineStrip.dotSpacing
                lines.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.2\" fill=\"#2f5fb3\"><title>"
                    + "\(SVGMarkup.escaped("\(mark.shownDate): \(ChartLabel.shortened(mark.label, limit: 160))"))</title></circle>")
            }
            if stack.count > SVGTimelineStrip.stackLimit {
                let y = SVGTimelineStrip.axis - 7 - Double(SVGTimelineStrip.stackLimit) * SVGTimelineStrip.dotSpacing
                let dates = stack.first!.shownDate == stack.last!.shownDate ? stack.first!.shownDate : "\(stack.first!.shownDate) to \(stack.last!.shownDate)"
                lines.append("<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#444\"><title>"
                    + "\(SVGMarkup.escaped("\(dates): \(stack.count) events"))</title>\(stack.count > 99 ? "99+" : String(stack.count))</text>")
            }
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tick marks and labels along the axis: every year (or 2, 5, 10… when crowded), or every
    /// month (or 2, 3, 6) when the strip spans two years or less; labels at least 48 units apart.
    private func ticks(first: CalendarDate, last: CalendarDate, position: (CalendarDate) -> Double) -> [String] {
        let n = SVGMarkup.number
        let width = SVGMarkup.viewWidth - 2 * SVGTimelineStrip.left
        let months = (last.year - first.year) * 12 + last.month - first.month
        var ticks: [(date: CalendarDate, label: String)] = []
        if months <= 24 {
            let step = [1, 2, 3, 6, 12].first { width / Double(max(months, 1)) * Double($0) >= 48 } ?? 12
            var index = first.year * 12 + first.month - 1
            if first.day > 1 { index += 1 }
            while let date = CalendarDate(year: index / 12, month: index % 12 + 1, day: 1), date <= last {
                if (index % 12) % step == 0 {
                    let month = String(MonthName.name(of: date.month)!.prefix(3))
                    ticks.append((date, date.month == 1 || ticks.isEmpty ? "\(month) \(date.year)" : month))
                }
                index += 1
            }
        } else {
            let years = Double(last.year - first.year)
            let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { width / years * Double($0) >= 48 } ?? 1000
            var year = first.month == 1 && first.day == 1 ? first.year : first.year + 1
            year = (year + step - 1) / step * step
            while year <= last.year, let date = CalendarDate(year: year, month: 1, day: 1) {
                ticks.append((date, String(year)))
                year += step
            }
        }
        if ticks.isEmpty { ticks = [(first, first.description)] }
        return ticks.map { tick in
            let x = position(tick.date)
            // A label at an end of the axis is moved in to stay inside the drawing.
            let half = SVGMarkup.width(of: tick.label, size: 12) / 2
            let textX = min(max(x, half + 1), SVGMarkup.viewWidth - half - 1)
            return "<line x1=\"\(n(x))\" y1=\"\(n(SVGTimelineStrip.axis))\" x2=\"\(n(x))\" y2=\"\(n(SVGTimelineStrip.axis + 5))\" stroke=\"#8a94a6\"/>"
                + "<text x=\"\(n(textX))\" y=\"\(n(SVGTimelineStrip.axis + 18))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#444\">\(SVGMarkup.escaped(tick.label))</text>"
        }
    }
}
