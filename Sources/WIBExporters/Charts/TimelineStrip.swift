import WIBCore

/// The dated events of a timeline, in date order, for drawing as a strip (``SVGTimelineStrip``).
struct TimelineStrip: Sendable, Hashable {
    /// One event: the day it is placed at, and what happened.
    struct Mark: Sendable, Hashable {
        /// The day: the event's date, the first day of its month, or the first day of its span.
        let date: CalendarDate
        /// The date as the timeline shows it ("2024-06-19", "2024-06", "2024-10-22 to 2024-10-24").
        let shownDate: String
        /// The event, as the timeline tells it.
        let label: String
    }

    /// The events, by day (events of one day in the order given).
    let marks: [Mark]

    /// The strip of timeline events given as date ids (`2024-06-19`, a month `2024-06`, a year
    /// `2024`, a span `2024-10-22/2024-10-24`), the dates as shown, and their text. Ids without a
    /// year (`--06-19`) or not of these shapes cannot be placed and are left out.
    init(events: [(date: String, shownDate: String, label: String)]) {
        let placed = events.compactMap { event -> Mark? in
            guard let start = TimelineStrip.firstDay(of: event.date) else { return nil }
            return Mark(date: start, shownDate: event.shownDate, label: event.label)
        }
        marks = placed.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The first day a date id names: `2024-06-19`, `2024-06` (its 1st), `2024` (1 January), or
    /// the start of `2024-10-22/2024-10-24`; `nil` for another shape.
    static func firstDay(of id: String) -> CalendarDate? {
        let start = String(id.split(separator: "/").first ?? "")
        if let day = CalendarDate(iso: start) { return day }
        let fields = start.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(fields.count), fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(fields[0]), let month = fields.count == 2 ? Int(fields[1]) : 1 else { return nil }
        return CalendarDate(year: year, month: month, day: 1)
    }
}
