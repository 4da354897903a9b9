import Testing
import WIBCore
import WIBTestSupport

/// Each bundled example post covers variations of FORMAT.md; these tests pin what the reader
/// makes of each.
@Suite struct ExamplePostTests {
    @Test func fullHeaderWithControlsHeadingsAndFooter() throws {
        let post = try TestPaths.example("2025-03-12-sudan")
        #expect(post.metadata.title == "Sudan: Open Briefing")
        #expect(post.metadata.series == "What's In Blue")
        #expect(post.metadata.posted?.description == "2025-03-12")
        #expect(post.metadata.topic == "Sudan" && post.metadata.kind == "Open Briefing")
        #expect(post.metadata.chrome.map(\.role) == [.series, .posted, .control, .control, .title, .footer, .footer])
        #expect(post.metadata.chrome.map(\.line) == [1, 3, 4, 5, 7, 21, 23])
        #expect(post.body.map(\.kindName) == ["paragraph", "heading", "paragraph", "paragraph", "heading", "paragraph"])
        #expect(post.body[1].plainText == "Background")
        #expect(post.withMeetings.meeting.date?.description == "2025-03-13")
        #expect(post.withMeetings.meeting.timeOfDay == .morning)
        #expect(post.withMeetings.meeting.format == "open briefing")
        #expect(post.withMeetings.meeting.agendaItem == "Reports of the Secretary-General on the Sudan and South Sudan")
        #expect(post.body.last?.plainText.hasSuffix("on access.") == true, "trailing spaces are layout, not text")
        #expect(!post.metadata.truncated && post.diagnostics.isEmpty)
    }

    @Test func updatedTitleAndMeetingInTheNextYear() throws {
        let post = try TestPaths.example("2024-12-30-haiti")
        #expect(post.metadata.title == "Haiti: BINUH Mandate Renewal")
        #expect(post.metadata.updated)
        #expect(post.metadata.chrome.first { $0.role == .title }?.text == "Haiti: BINUH Mandate Renewal*")
        #expect(post.withMeetings.meeting.date?.description == "2025-01-02")
        #expect(post.withMeetings.meeting.timeOfDay == nil)
        #expect(post.withMeetings.meeting.format == "vote")
        #expect(post.body.last?.plainText.hasSuffix("on 2 January.*") == true, "a footnote marker stays with its paragraph")
    }

    @Test func printViewWithTagsAndFooterAndNoPostedLine() throws {
        let post = try TestPaths.example("2025-05-07-myanmar")
        #expect(post.metadata.series == nil)
        #expect(post.metadata.posted?.description == "2025-05-07", "taken from the file name")
        #expect(post.diagnostics.map(\.severity) == [.warning])
        #expect(post.metadata.tags.isEmpty)
        #expect(post.metadata.chrome.map(\.role) == [.title, .tags, .footer, .footer])
        #expect(post.metadata.chrome.first { $0.role == .tags }?.text == "Tags: , ,")
        #expect(post.withMeetings.meeting.format == "briefing" && post.withMeetings.meeting.timeOfDay == .afternoon)
        #expect(post.withMeetings.meeting.date?.description == "2025-05-07")
        #expect(post.body.last?.plainText == "Council members may discuss whether to issue press elements after the meeting.")
    }

    @Test func wrappedBulletItemsAllCapsHeadingAndDoubleBlankLines() throws {
        let post = try TestPaths.example("2023-09-14-arria")
        #expect(post.metadata.topic == "Cyber Threats to Critical Infrastructure")
        #expect(post.metadata.kind == "Arria-formula Meeting")
        #expect(post.withMeetings.meeting.format == "Arria-formula meeting")
        #expect(post.withMeetings.meeting.date?.description == "2023-09-18", "“On Monday afternoon (18 September)”")
        #expect(post.body.map(\.kindName) == ["paragraph", "paragraph", "list", "heading", "paragraph", "paragraph"])
        guard case .list(let list) = post.body[2] else { Issue.record("no list"); return }
        #expect(list.items.count == 3)
        #expect(list.items[0].blocks.first?.plainText == "Professor Lena Harjo, Director of the Centre for Digital Resilience at the\nUniversity of Tallinn")
        #expect(list.items[0].range == SourceRange(firstLine: 15, lastLine: 16))
        #expect(post.body[3].plainText == "BACKGROUND")
        #expect(post.body[4].plainText.contains("not\u{00A0}listed"), "non-breaking spaces are kept")
    }

    @Test func updatePrefixNoSeriesHeaderFootnoteMarker() throws {
        let post = try TestPaths.example("2022-11-03-libya")
        #expect(post.metadata.updated)
        #expect(post.metadata.title == "Update: Libya: Consultations on the “Electoral Roadmap”")
        #expect(post.metadata.topic == "Libya")
        #expect(post.metadata.chrome.map(\.role) == [.posted, .title, .footer, .footer])
        #expect(post.withMeetings.meeting.format == "closed consultations", "the qualifier that changes the kind is kept")
        #expect(post.withMeetings.meeting.agendaItem == "The situation in Libya")
        #expect(post.withMeetings.meeting.date?.description == "2022-11-03")
    }

    @Test func cutOffPostKeepsEverythingAndSaysSo() throws {
        let post = try TestPaths.example("2026-02-19-insights")
        #expect(post.metadata.topic == "Syria" && post.metadata.kind == "Insights")
        #expect(post.metadata.truncated)
        #expect(post.diagnostics.first?.message.contains("cut off") == true)
        #expect(post.body.last?.plainText.hasSuffix("next round of talks in Mar") == true)
        #expect(post.withMeetings.meeting.date?.description == "2026-02-20", "“Tomorrow (20 February)”")
    }

    @Test func phraseTitleAndAdoption() throws {
        let post = try TestPaths.example("2025-08-20-annual")
        #expect(post.metadata.kind == "Adoption")
        #expect(post.metadata.topic == "Annual Report of the Security Council")
        #expect(post.withMeetings.meeting.format == "adoption")
        #expect(post.withMeetings.meeting.agendaItem == "Report of the Security Council to the General Assembly")
    }
}

extension Block {
    /// The case's name, for compact expectations.
    var kindName: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .blockQuote: "blockQuote"
        case .list: "list"
        case .table: "table"
        case .thematicBreak: "thematicBreak"
        case .codeBlock: "codeBlock"
        case .custom: "custom"
        }
    }
}
