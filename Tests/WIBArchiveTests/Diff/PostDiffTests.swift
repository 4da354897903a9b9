import Testing
@testable import WIBArchive
import WIBKit

/// Meeting facts field by field, then paragraphs added, removed and changed.
@Suite struct PostDiffTests {
    @Test func paragraphsAddedRemovedAndChanged() {
        let old = ["The Council meets on Friday.", "Members will discuss the ceasefire and the humanitarian situation.", "An old background paragraph."]
        let new = ["The Council meets on Friday.", "A new opening of the second section.",
                   "Members will discuss the ceasefire and the humanitarian situation in the east."]
        #expect(ParagraphDiff(old: old, new: new).changes == [
            .added(number: 2, text: "A new opening of the second section."),
            .changed(number: 3, old: old[1], new: new[2]),
            .removed(number: 3, text: "An old background paragraph."),
        ])
        #expect(ParagraphDiff(old: old, new: old).changes.isEmpty)
        #expect(ParagraphDiff(old: [], new: ["One."]).changes == [.added(number: 1, text: "One.")])
    }

    @Test func meetingFactsFieldByField() {
        let metadata = PostMetadata(title: "Ukraine: Briefing", posted: CalendarDate(iso: "2022-03-01"))
        let old = Post(metadata: metadata, meetings: [
            Meeting(date: CalendarDate(iso: "2022-03-02"), timeOfDay: .morning, format: "briefing", requestedBy: ["RUS"],
                    briefers: [Briefer(name: "Jane Roe", title: "Under-Secretary-General")]),
        ])
        var new = old
        new.meetings[0].date = CalendarDate(iso: "2022-03-03")
        new.meetings[0].requestedBy = ["RUS", "CHN"]
        new.meetings[0].briefers.append(Briefer(organization: "UNICEF"))
        new.meetings.append(Meeting(date: CalendarDate(iso: "2022-03-04"), format: "vote"))
        #expect(PostDiff(old: old, new: new).lines == [
            "meeting 1, date: 2022-03-02 → 2022-03-03",
            "meeting 1, requested by: RUS → RUS, CHN",
            "meeting 1, briefers: Jane Roe (Under-Secretary-General) → Jane Roe (Under-Secretary-General); UNICEF",
            "meeting 2: added (2022-03-04, vote)",
        ])
        #expect(PostDiff(old: new, new: old).lines.last == "meeting 2: removed (2022-03-04, vote)")
    }
}
