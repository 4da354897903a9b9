import Testing
@testable import WIBExporters

@Suite struct MermaidChartTests {
    private let requesters = BarChart(title: "Who requested meetings", unit: "Meetings", bars: [
        .init(label: "United Kingdom", value: 3), .init(label: "France", value: 1), .init(label: "Malta", value: 0),
    ])

    @Test func aHorizontalBarChartIsXYChartTextWithAxisFromZero() {
        #expect(MermaidXYChart(chart: requesters, horizontal: true).text == """
            xychart-beta horizontal
                title "Who requested meetings"
                x-axis ["United Kingdom", "France", "Malta"]
                y-axis "Meetings" 0 --> 3
                bar [3, 1, 0]
            """)
    }

    @Test func countsOverTimeStandUpAndAnEmptyChartStillHasAnAxis() {
        let months = BarChart(title: "Meetings by month", unit: "Meetings", bars: [.init(label: "Jun 2024", value: 0), .init(label: "Jul 2024", value: 0)])
        #expect(MermaidXYChart(chart: months, horizontal: false).text == """
            xychart-beta
                title "Meetings by month"
                x-axis ["Jun 2024", "Jul 2024"]
                y-axis "Meetings" 0 --> 1
                bar [0, 0]
            """)
    }

    @Test func aPieShowsItsCountsAndLeavesOutEmptySlices() {
        #expect(MermaidPie(chart: requesters).text == """
            pie showData
                title Who requested meetings
                "United Kingdom" : 3
                "France" : 1
            """)
    }

    /// Quotes end a Mermaid string, `#name;` is an entity, `%%` a comment or directive, a line
    /// break ends the statement: none of them survives into a label.
    @Test(arguments: [
        ("The \"Contact Group\"", "\"The 'Contact Group'\""),
        ("Rule #37; art. 2", "\"Rule ＃37; art. 2\""),
        ("50%% %%{init: {}}%%", "\"50% %{init: {}}%\""),
        ("two\nlines:\there", "\"two lines: here\""),
        ("Assistant Secretary-General for Europe, Central Asia, and the Americas", "\"Assistant Secretary-General for Europe…\""),
    ])
    func labelsAreQuotedSafely(_ text: String, _ quoted: String) {
        #expect(MermaidLabel.quoted(text) == quoted)
    }

    @Test func aHostileLabelStaysOneQuotedCategory() {
        let chart = BarChart(title: "T", unit: "Meetings", bars: [.init(label: "a\", \"b] \n bar [9", value: 2)])
        let lines = MermaidXYChart(chart: chart, horizontal: true).text.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[2] == "    x-axis [\"a', 'b] bar [9\"]")
        #expect(MermaidPie(chart: chart).text.split(separator: "\n").last == "    \"a', 'b] bar [9\" : 2")
    }
}
