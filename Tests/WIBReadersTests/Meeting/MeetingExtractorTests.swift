import Testing
@testable import WIBReaders
import WIBCore

@Suite struct MeetingExtractorTests {
    func meeting(_ paragraph: String, posted: String = "2024-12-30") -> Meeting {
        let body = [Block.paragraph(Paragraph(content: [.text(paragraph)], range: SourceRange(line: 1)))]
        return MeetingExtractor(posted: CalendarDate(iso: posted)).meeting(from: body)
    }

    @Test(arguments: [
        ("Tomorrow morning (31 December), the Security Council will hold an open debate on X.", "2024-12-31", "morning", "open debate"),
        ("On Thursday (2 January), the Security Council will vote on a draft resolution on X.", "2025-01-02", nil, "vote"),
        ("This evening, Council members will meet in closed consultations on X.", "2024-12-30", "evening", "consultations"),
        ("Tomorrow, the Security Council is expected to adopt a resolution on X.", "2024-12-31", nil, "adoption"),
        ("On Friday, the Council will hold a private meeting via VTC on X.", "2025-01-03", nil, "private meeting"),
        ("The Security Council will hold a briefing on 6 January 2025 on X.", "2025-01-06", nil, "briefing"),
    ] as [(String, String?, String?, String?)])
    func readsTheOpeningSentence(_ text: String, _ date: String?, _ time: String?, _ format: String?) {
        let found = meeting(text)
        #expect(found.date?.description == date)
        #expect(found.timeOfDay == time)
        #expect(found.format == format)
    }

    @Test func agendaItemBeforeOrAfterTheWords() {
        #expect(meeting("The Council will meet under the “Threats to international peace and security” agenda item.").agendaItem
                == "Threats to international peace and security")
        #expect(meeting("The Council will hold a briefing under the agenda item \"The situation in Libya.\"").agendaItem == "The situation in Libya")
    }

    @Test func paragraphsThatAnnounceNoMeetingGiveNothing() {
        #expect(meeting("Fighting continued in the region for several months.") == Meeting())
        #expect(MeetingExtractor(posted: nil).meeting(from: []) == Meeting())
    }

    @Test func withoutAPostedDateOnlyFullDatesResolve() {
        let body = [Block.paragraph(Paragraph(content: [.text("Tomorrow (5 May), the Council will hold a briefing.")], range: SourceRange(line: 1)))]
        #expect(MeetingExtractor(posted: nil).meeting(from: body).date == nil)
        #expect(MeetingExtractor(posted: nil).meeting(from: body).format == "briefing")
    }

    @Test func firstSentenceIgnoresAbbreviationsAndDecimals() {
        #expect(MeetingExtractor.firstSentence(of: "Mr. Osei said 1.5 million people. Then more.") == "Mr. Osei said 1.5 million people.")
    }
}
