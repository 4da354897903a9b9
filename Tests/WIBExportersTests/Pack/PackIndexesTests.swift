import Testing
import WIBCore
@testable import WIBExporters
import WIBMarkdown
import WIBTestSupport

/// The indexes: states by the name the posts use, people by surname with their full titles, and
/// contents that tell posts of one title apart.
@Suite struct PackIndexesTests {
    /// The rows of the table whose first header cell is `header`, as text, read back through cmark-gfm.
    private func table(_ header: String, in pack: String) throws -> [[String]] {
        let blocks = CommonMarkParser().parse(try MarkdownExporterTests.split(pack).body)
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let table) = block, table.header.first?.content.plainText == header { table } else { nil }
        }
        let table = try #require(tables.first)
        return table.rows.map { $0.map(\.content.plainText) }
    }

    private func posts() throws -> [Post] {
        [
            try PackFixtures.post("DPRK: Open Briefing", posted: "2024-06-27",
                "Tomorrow morning (28 June), the Security Council will hold an open briefing on the DPRK. The Republic of Korea (ROK) and the UK requested the meeting. High Representative for Disarmament Affairs Hana Mori is expected to brief.",
                "On 20 June, the ROK said that it would review its position. DPRK leader Kim Jong-un met Russian President Pavel Orlov on 19 June. Orlov said that the treaty was defensive. Algeria and Russia stressed dialogue."),
            try PackFixtures.post("Ukraine Briefing", posted: "2024-10-30",
                "This afternoon (30 October), the Security Council will convene for a briefing on Ukraine. The meeting was requested by Ukraine. UNICEF Executive Director Ana Ruiz is expected to brief.",
                "On 28 October, NATO Secretary-General Pim Jansen said that troops had been deployed. Jansen added that the ROK was concerned. ROK President Yoon Suk Yeol called it a threat, and Yoon asked for calm. Ambassador Pieter van der Berg said on 29 October that talks would resume."),
        ]
    }

    @Test func statesAreSortedByTheNameThePostsUse() throws {
        let rows = try table("State", in: try PackExporter().export(try posts()))
        #expect(rows.map { $0[0] } == ["Algeria", "DPRK", "ROK", "Russia", "UK", "Ukraine"], "not by code (DZA, GBR, KOR, PRK, RUS, UKR)")
        #expect(rows.first { $0[0] == "ROK" }?[1] == "Republic of Korea (KOR)")
        #expect(rows.first { $0[0] == "ROK" }?[2] == "DPRK: Open Briefing (requester); Ukraine Briefing (mentioned)")
    }

    @Test func peopleAreSortedBySurnameWithTheirFullTitles() throws {
        let rows = try table("Name", in: try PackExporter().export(try posts()))
        #expect(rows.map { $0[0] } == ["van der Berg, Pieter", "Jansen, Pim", "Kim Jong-un", "Mori, Hana", "Orlov, Pavel", "Ruiz, Ana", "Yoon Suk Yeol"])
        #expect(rows.first { $0[0] == "Jansen, Pim" }?[1] == "NATO Secretary-General", "the title keeps its organisation")
        #expect(rows.first { $0[0] == "Yoon Suk Yeol" }?[1] == "ROK President")
    }

    @Test func aBriefersOrganisationCompletesATitleThatLacksIt() throws {
        var post = try posts()[1]
        post.meeting.briefers = [Briefer(name: "Ana Ruiz", title: "Executive Director", organization: "UNICEF")]
        #expect(PackIndexes.fullest(["Executive Director", "Executive Director, UNICEF", "executive director"]) == ["Executive Director, UNICEF"])
        let rows = try table("Name", in: try PackExporter().export([post]))
        #expect(rows.first { $0[0] == "Ruiz, Ana" }?[1] == "UNICEF Executive Director; Executive Director, UNICEF")
    }

    @Test func aStateInAnEnvoysTitleIsNoBriefer() throws {
        var post = try PackFixtures.post("Myanmar: Briefing", posted: "2025-05-07",
            "This afternoon (7 May), the Security Council will receive a briefing on Myanmar. Special Envoy of the Secretary-General on Myanmar Tomasz Reyes is expected to brief. Bangladesh has hosted refugees since 2017.")
        #expect(post.meeting.briefers.map(\.name) == ["Tomasz Reyes"])
        // A state's representative briefs for it.
        post.meeting.briefers.append(Briefer(organization: "Bangladesh"))
        let rows = try table("State", in: try PackExporter().export([post]))
        #expect(rows.map { "\($0[0]): \($0[2])" } == ["Bangladesh: Myanmar: Briefing (briefer)", "Myanmar: Myanmar: Briefing (mentioned)"])
    }

    @Test func aStatesRoleAtAPostsSecondMeetingCounts() throws {
        let post = try PackFixtures.post("Ukraine Briefing", posted: "2024-10-30",
            "This afternoon (30 October), the Security Council will convene for a briefing on Ukraine. The meeting was requested by Ukraine.",
            "On Thursday morning (31 October), the Security Council will hold a briefing on Ukraine. Russia requested the meeting.")
        #expect(PackIndexes.roles(of: "RUS", in: post) == ["requester"])
    }

    @Test func contentsGiveEachPostItsDateSoEqualTitlesDiffer() throws {
        let first = try PackFixtures.post("Ukraine Briefing", posted: "2024-10-30", "This afternoon (30 October), the Security Council will convene for a briefing on Ukraine.")
        let second = try PackFixtures.post("Ukraine Briefing", posted: "2024-11-20", "This afternoon (20 November), the Security Council will convene for a briefing on Ukraine.")
        let pack = try PackExporter().export([second, first])
        #expect(pack.contains("      - [Ukraine Briefing](#ukraine-briefing) (posted 30 Oct 2024)\n      - [Ukraine Briefing](#ukraine-briefing-1) (posted 20 Nov 2024)\n"))
    }
}
