import Testing
import WIBArchive
import WIBKit

/// The query language, answered from an archive of the four fixture posts: Ukraine briefings
/// requested by Russia (2021, 2022; Jane Roe briefs the second), an Iran briefing on resolution
/// 2231 (2023, Jane Roe), a Myanmar vote requested by the UK (2024, Myanmar under rule 37).
@Suite struct ArchiveQueryTests {
    @Test(arguments: [
        ("country:RUS role:requester agenda:ukraine since:2022-01-01", ["Ukraine: Briefing 2022-03-02"]),
        ("country:RUS role:requester", ["Ukraine: Briefing 2021-11-16", "Ukraine: Briefing 2022-03-02"]),
        ("country:GBR role:requester", ["Myanmar: Vote on a Draft Resolution 2024-04-11"]),
        ("country:GBR", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06", "Myanmar: Vote on a Draft Resolution 2024-04-11"]),
        ("country:mmr role:rule37", ["Myanmar: Vote on a Draft Resolution 2024-04-11"]),
        ("resolution:2231", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("resolution:S/RES/2669(2022)", ["Myanmar: Vote on a Draft Resolution 2024-04-11"]),
        ("document:S/2022/141", ["Ukraine: Briefing 2022-03-02"]),
        ("format:vote", ["Myanmar: Vote on a Draft Resolution 2024-04-11"]),
        ("person:\"Jane Roe\" role:briefer", ["Ukraine: Briefing 2022-03-02", "Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("person:varga", ["Ukraine: Briefing 2021-11-16"]),
        ("agenda:ukraine until:2021", ["Ukraine: Briefing 2021-11-16"]),
        ("since:2023-07-06 until:2023-07", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("text:\"arms transfers\"", ["Ukraine: Briefing 2022-03-02", "Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("text:\"arms transfers\" -agenda:ukraine", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("format:vote OR resolution:2231", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06", "Myanmar: Vote on a Draft Resolution 2024-04-11"]),
        ("(format:vote OR resolution:2231) AND country:FRA", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("-country:RUS role:requester -format:vote", ["Non-proliferation: Briefing on Resolution 2231 2023-07-06"]),
        ("humanitarian", ["Ukraine: Briefing 2021-11-16"]),
        ("country:\"GBR' OR 1=1 --\"", []),
    ])
    func answers(_ query: String, _ expected: [String]) async throws {
        let (_, archive) = try await ArchiveFixtures.indexed()
        let matches: [ArchiveQuery.Match]
        do {
            matches = try archive.matches(try ArchiveQuery(query))
        } catch let error as QuerySyntaxError where expected.isEmpty {
            #expect(error.column == 9)
            return
        }
        #expect(matches.map { "\($0.title) \($0.meetingDate ?? "-")" } == expected)
    }

    @Test(arguments: [
        ("contry:GBR role:requester", 1, "unknown field 'contry' (did you mean 'country'?)"),
        ("country:GBR role:requestor", 18, "unknown role 'requestor'"),
        ("format:vote country:Haiti", 21, "write the ISO 3166-1 alpha-3 code: HTI, not 'Haiti'"),
        ("since:2022-13-01", 7, "'2022-13-01' is not a date"),
        ("(format:vote OR resolution:2231", 1, "this ( is not closed"),
        ("format:vote)", 12, "this ) closes no ("),
        ("text:\"arms transfers", 6, "this quote is not closed"),
        ("role:briefer format:vote", 1, "role:briefer qualifies a country: or person: term beside it"),
        ("country:GBR role:briefer", 13, "a country cannot have role:briefer"),
        ("format:vote OR", 13, "OR needs a term after it"),
        ("- format:vote", 1, "'-' leaves out what follows it"),
        ("country: GBR", 9, "country: needs a value"),
        ("", 1, "the query is empty"),
    ])
    func badQueriesPointAtTheColumn(_ query: String, _ column: Int, _ message: String) {
        #expect {
            try ArchiveQuery(query)
        } throws: { error in
            guard let error = error as? QuerySyntaxError else { return false }
            let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
            return error.column == column && error.message.contains(message)
                && lines.first?.hasPrefix("query:1:\(column): error: ") == true
                && lines.last == Substring(String(repeating: " ", count: column - 1) + "^")
        }
    }
}
