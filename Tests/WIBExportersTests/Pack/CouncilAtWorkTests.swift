import Testing
import WIBAnnotators
import WIBCore
import WIBMarkdown
@testable import WIBExporters

@Suite struct CouncilAtWorkTests {
    private static func post(_ title: String, topic: String, posted: String?, _ meetings: [Meeting], text: String = "Council members will meet.") -> Post {
        var post = StandardAnnotators.annotate(Post(metadata: PostMetadata(title: title, posted: posted.flatMap(CalendarDate.init(iso:)), topic: topic),
                                                    body: [.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: 3)))]))
        post.meetings = meetings
        return post
    }

    private static func day(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }

    /// Four meetings in four posts: a briefing told twice (an update adds a requester), two
    /// Haiti meetings, and an undated one.
    private static let posts = [
        post("Syria: Briefing", topic: "Syria", posted: "2024-06-09", [Meeting(date: day("2024-06-10"), format: "briefing", requestedBy: ["GBR", "FRA"],
            briefers: [Briefer(name: "Ann Lee", title: "Special Envoy"), Briefer(organization: "OCHA")], rule37: ["SYR"])]),
        post("Update: Syria: Briefing", topic: "Syria", posted: "2024-06-10", [Meeting(date: day("2024-06-10"), format: "briefing", requestedBy: ["GBR", "USA"],
            briefers: [Briefer(name: "Ann Lee", title: "Special Envoy")])]),
        post("Haiti: Consultations and Vote", topic: "Haiti", posted: "2024-08-01", [Meeting(date: day("2024-08-02"), format: "consultations", requestedBy: ["USA"]),
                                                                               Meeting(date: day("2024-08-05"), format: "vote")]),
        post("Insights on Yemen", topic: "Yemen", posted: nil, [Meeting(requestedBy: ["XKX"])]),
    ]

    private func counts(_ counts: [CouncilAtWork.Count]) -> [String] { counts.map { "\($0.label): \($0.count)" } }

    @Test func meetingsAreCountedOnceByFormatMonthRequesterBrieferAndRule37() {
        let council = CouncilAtWork(posts: CouncilAtWorkTests.posts)
        #expect((council.posts, council.meetings, council.undated) == (4, 4, 1))
        #expect(counts(council.formats) == ["briefing: 1", "consultations: 1", "format not given: 1", "vote: 1"])
        #expect(council.byMonth)
        #expect(counts(council.periods) == ["Jun 2024: 1", "Jul 2024: 0", "Aug 2024: 2"], "empty months between stay, as on a time axis")
        #expect(counts(council.requesters) == ["US: 2", "France: 1", "UK: 1", "XKX: 1"],
                "most first, then by name; the update's requester joins the briefing's")
        #expect(council.briefers.map { "\($0.label) (\($0.detail)): \($0.count)" } == ["Ann Lee (Special Envoy): 1", "OCHA (): 1"])
        #expect(counts(council.rule37) == ["Syria: 1"])
        #expect((council.votes, council.adoptions) == (1, 0))
    }

    @Test func aSpanOfMoreThanTwoYearsIsCountedByYear() {
        let posts = [("2020-01-15", "a"), ("2024-03-01", "b"), ("2024-03-02", "c")].map { date, topic in
            CouncilAtWorkTests.post(topic, topic: topic, posted: date, [Meeting(date: CouncilAtWorkTests.day(date), format: "briefing")])
        }
        let council = CouncilAtWork(posts: posts)
        #expect(!council.byMonth)
        #expect(counts(council.periods) == ["2020: 1", "2021: 0", "2022: 0", "2023: 0", "2024: 2"])
    }

    @Test func vetoesAbstentionsAndVotesAgainstAreCountedInPostsByTheirCaster() {
        let posts = [
            CouncilAtWorkTests.post("A", topic: "A", posted: "2024-03-01", [], text: "On 28 February, Russia vetoed a draft resolution, and China abstained. The draft was vetoed again in March."),
            CouncilAtWorkTests.post("B", topic: "B", posted: "2024-04-01", [], text: "Russia vetoed the text."),
        ]
        let council = CouncilAtWork(posts: posts)
        #expect(council.casters == [
            .init(state: "Russia", vetoes: 2, abstentions: 0, against: 0),
            .init(state: "China", vetoes: 0, abstentions: 1, against: 0),
            .init(state: nil, vetoes: 1, abstentions: 0, against: 0),
        ])
    }

    @Test func theSectionIsTablesWithTheirChartsInMarkdown() throws {
        let pack = try PackExporter(title: "Week").export(CouncilAtWorkTests.posts)
        let section = try #require(pack.components(separatedBy: "## The Council at work\n").last?.components(separatedBy: "\n## ").first)
        #expect(section.contains("4 meetings previewed in 4 posts (a meeting that several posts preview counts once); 1 has no date."))
        #expect(section.contains("| Format | Meetings | Share |\n| --- | --- | --- |\n| briefing | 1 | 25% |"))
        #expect(section.contains("``` mermaid\npie showData\n    title Meetings by format\n    \"briefing\" : 1\n"))
        #expect(section.contains("``` mermaid\nxychart-beta\n    title \"Meetings by month\"\n    x-axis [\"Jun 2024\", \"Jul 2024\", \"Aug 2024\"]\n"))
        #expect(section.contains("``` mermaid\nxychart-beta horizontal\n    title \"Who requested meetings\"\n"))
        #expect(section.contains("| Meetings | Briefer | Title |\n| --- | --- | --- |\n| 1 | Ann Lee | Special Envoy |"))
        #expect(section.contains("| Syria | 1 |"))
        #expect(section.contains("Of the 4 meetings, 1 is a vote and 0 adoptions. The posts tell of no veto, abstention or vote against."))
        let blocks = CommonMarkParser().parse(section)
        let diagrams = blocks.compactMap { block -> String? in
            guard case .codeBlock(let code) = block, code.info == "mermaid" else { return nil }
            return code.literal.split(separator: "\n").first.map(String.init)
        }
        #expect(diagrams == ["pie showData", "xychart-beta", "xychart-beta horizontal", "xychart-beta horizontal"], "GitHub reads each as a Mermaid block")
    }

    @Test func postsThatPreviewNothingSaySo() throws {
        let council = CouncilAtWork(posts: [CouncilAtWorkTests.post("Insights", topic: "X", posted: "2024-01-01", [])])
        let text = council.parts.map { part -> String in
            guard case .blocks(let blocks) = part else { return "figure" }
            return MarkdownRenderer().render(blocks, as: .commonMark)
        }.joined()
        #expect(text.contains("0 meetings previewed in 1 post (a meeting that several posts preview counts once)."))
        #expect(text.contains("No meeting names the states that requested it."))
        #expect(text.contains("No meeting names its briefers."))
        #expect(text.contains("The posts preview no meetings."))
        #expect(!text.contains("figure"), "no chart without counts")
    }
}
