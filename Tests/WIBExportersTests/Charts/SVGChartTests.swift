import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WIBCore
@testable import WIBExporters

@Suite struct SVGChartTests {
    /// The SVG parsed as XML: the names of its elements and its text, in order; `nil` when it is
    /// not well-formed.
    static func parse(_ svg: String) -> (elements: [String], text: String)? {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [String] = []
            var text = ""
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                elements.append(name)
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? (collector.elements, collector.text) : nil
    }

    private let hostile = BarChart(title: "Who briefed <now>", unit: "Meetings", bars: [
        .init(label: "Eve </text><script>alert(1)</script> & \"Co\" 'x'", value: 2),
        .init(label: "Bell\u{1}Control", value: 1),
        .init(label: "Nobody", value: 0),
    ])

    @Test func aBarChartIsWellFormedSVGWithEveryTextEscaped() throws {
        let svg = SVGBarChart(chart: hostile).svg
        let parsed = try #require(SVGChartTests.parse(svg), "well-formed")
        #expect(parsed.elements.first == "svg")
        #expect(!parsed.elements.contains("script"))
        #expect(parsed.elements.filter { $0 == "rect" }.count == 2, "no bar for a count of 0")
        #expect(parsed.text.contains("Eve </text><script>alert(1)</script> & \"Co\" 'x': 2 meetings"), "the tooltip keeps the whole label, as text")
        #expect(parsed.text.contains("Bell Control"))
        #expect(svg.contains("aria-label=\"Who briefed &lt;now&gt;\""))
        #expect(!svg.contains("<script"))
    }

    @Test func barsScaleToTheLargestCount() throws {
        let svg = SVGBarChart(chart: BarChart(title: "T", unit: "Meetings", bars: [.init(label: "a", value: 4), .init(label: "b", value: 2)])).svg
        let widths = svg.split(separator: "<rect").dropFirst().compactMap { rect in
            rect.split(separator: "width=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) }
        }
        #expect(widths.count == 2 && abs(widths[0] - 2 * widths[1]) < 0.2, "\(widths)")
    }

    private func strip(_ events: [(String, String)]) -> TimelineStrip {
        TimelineStrip(events: events.map { ($0.0, $0.0, $0.1) })
    }

    @Test func timelineIdsArePlacedAtTheirFirstDayOrLeftOut() {
        #expect(TimelineStrip.firstDay(of: "2024-06-19") == CalendarDate(iso: "2024-06-19"))
        #expect(TimelineStrip.firstDay(of: "2024-06") == CalendarDate(iso: "2024-06-01"))
        #expect(TimelineStrip.firstDay(of: "2024-10-22/2024-10-24") == CalendarDate(iso: "2024-10-22"))
        #expect(TimelineStrip.firstDay(of: "2022") == CalendarDate(iso: "2022-01-01"))
        #expect(TimelineStrip.firstDay(of: "--06-19") == nil)
        #expect(TimelineStrip.firstDay(of: "22") == nil)
        #expect(TimelineStrip.firstDay(of: "2024-13") == nil)
        let marks = strip([("2024-06-19", "b"), ("2023-01", "a"), ("--06-19", "gone"), ("2024-06-19", "c")]).marks
        #expect(marks.map(\.label) == ["a", "b", "c"], "by date, events of one day in the order given")
    }

    @Test func aStripOfThousandsOfEventsStaysSmall() throws {
        let many = (0..<5000).map { ("2024-06-19", "Event \($0) <b>") } + [("2024-08-01", "Later")]
        let svg = SVGTimelineStrip(strip: strip(many)).svg
        let parsed = try #require(SVGChartTests.parse(svg))
        #expect(parsed.elements.filter { $0 == "circle" }.count == 7, "six dots in the crowded column, one in the other")
        #expect(parsed.text.contains("99+") && parsed.text.contains("2024-06-19: 5000 events"))
        #expect(parsed.text.contains("Jul 2024") && parsed.text.contains("Aug"), "months mark a short span")
        #expect(svg.utf8.count < 5_000)
    }

    @Test func aLongSpanIsMarkedInYearsAndOneEventStillDraws() throws {
        let years = try #require(SVGChartTests.parse(SVGTimelineStrip(strip: strip([("2006-10-14", "a"), ("2024-10-30", "b")])).svg))
        #expect(years.text.contains("2010") && years.text.contains("2020") && !years.text.contains("Jan"))
        let one = try #require(SVGChartTests.parse(SVGTimelineStrip(strip: strip([("2024-10-30", "only")])).svg))
        #expect(one.elements.filter { $0 == "circle" }.count == 1)
        #expect(one.text.contains("1 event, 2024-10-30"))
        #expect(SVGTimelineStrip(strip: strip([("--01-06", "no year")])).svg.isEmpty)
    }
}
