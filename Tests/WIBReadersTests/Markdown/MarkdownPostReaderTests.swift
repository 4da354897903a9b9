import Testing
import WIBCore
import WIBReaders

@Suite struct MarkdownPostReaderTests {
    private func read(_ text: String) throws(Diagnostic) -> Post {
        let posts = try PostReader().read(bytes: Array(text.utf8), path: "post.md")
        return posts[0]
    }

    @Test func frontMatterGivesTheMetadataAndTheMeeting() throws {
        let post = try read("""
            ---
            title: 'Sudan: Open Briefing'
            posted: '2025-03-12'
            topic: Sudan
            tags:
            - Sudan
            meeting:
              date: '2025-03-13'
              format: open briefing
              requestedBy:
              - GBR
              briefers:
              - name: Amara Velasquez
                title: Under-Secretary-General
                organization: null
            entities:
              states:
              - SDN
            ---

            # Sudan: Open Briefing

            Tomorrow morning (13 March), the Security Council will meet on [resolution 2736 (2024)](https://undocs.org/S/RES/2736\\(2024\\)).
            """)
        #expect(post.metadata.title == "Sudan: Open Briefing")
        #expect(post.metadata.posted == CalendarDate(iso: "2025-03-12"))
        #expect(post.metadata.tags == ["Sudan"])
        #expect(post.metadata.source == "post.md")
        #expect(post.meeting.date == CalendarDate(iso: "2025-03-13") && post.meeting.requestedBy == ["GBR"])
        #expect(post.meeting.briefers == [Briefer(name: "Amara Velasquez", title: "Under-Secretary-General", organization: nil)])
        #expect(post.body.count == 1, "the title heading is not part of the body")
        #expect(post.body.first?.range.firstLine == 23, "lines are the file's")
        let inlines = post.body.first?.inlines ?? []
        #expect(inlines.plainText == "Tomorrow morning (13 March), the Security Council will meet on resolution 2736 (2024).")
        #expect(inlines.allSatisfy { if case .text = $0 { true } else { false } }, "the exporter's undocs.org link is text again")
    }

    @Test func frontMatterGivesEveryMeetingListed() throws {
        let post = try read("""
            ---
            title: 'Yemen: Briefing and Consultations'
            meeting:
              date: '2025-04-15'
              format: briefing
            meetings:
            - date: '2025-04-15'
              format: briefing
            - date: '2025-04-16'
              timeOfDay: morning
              format: consultations
              rule37:
              - YEM
            ---

            The Council will meet twice.
            """)
        #expect(post.meetings == [Meeting(date: CalendarDate(iso: "2025-04-15"), format: "briefing"),
                                  Meeting(date: CalendarDate(iso: "2025-04-16"), timeOfDay: .morning, format: "consultations", rule37: ["YEM"])])
        #expect(post.meeting.format == "briefing")
    }

    @Test func frontMatterWithoutMeetingsGivesItsOneMeetingOrNone() throws {
        #expect(try read("---\ntitle: A\nmeeting:\n  format: vote\n---\n\ntext\n").meetings == [Meeting(format: "vote")])
        #expect(try read("---\ntitle: A\n---\n\ntext\n").meetings == [])
    }

    @Test func markdownWithoutFrontMatterTakesItsTitleFromTheHeading() throws {
        let post = try read("# Haiti: Vote\n\nThe Council votes.\n")
        #expect(post.metadata.title == "Haiti: Vote")
        #expect(post.body.map(\.plainText) == ["The Council votes."])
    }

    @Test(arguments: [
        ("---\ntitle: [unclosed\n---\n\ntext\n", "post.md:2: error: the front matter is not valid YAML"),
        ("---\ntitle: A\nposted: yesterday\n---\n\ntext\n", "post.md:2: error: the front matter does not describe a post: posted"),
        ("---\ntitle: Pack\nposts:\n- title: A\n---\n\n# Pack\n", "post.md:1: error: this is a briefing pack"),
        ("---\ntopic: Sudan\n---\n\nJust text.\n", "post.md:5: error: no title"),
        ("---\ntitle: A\nmeetings:\n  format: vote\n---\n\ntext\n", "post.md:2: error: the front matter does not describe a post: meetings"),
        ("---\ntitle: A\nmeeting:\n  timeOfDay: dusk\n---\n\ntext\n",
         "post.md:2: error: the front matter does not describe a post: meeting.timeOfDay: timeOfDay “dusk” is not morning, afternoon or evening"),
    ])
    func badMarkdownIsReported(_ text: String, _ expected: String) {
        let error = #expect(throws: Diagnostic.self) { try read(text) }
        #expect(error?.description.hasPrefix(expected) == true, "\(error?.description ?? "")")
    }
}
