import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBReaders

/// The kinds of meeting language handed over in `shared/cases/meeting-facts.yml`, each with its
/// example as a test (the examples are invented text written for that file), and its `also` notes.
@Suite struct MeetingFactCaseTests {
    /// One case: the post's posted date, title and opening, and the first meeting's expected fields
    /// (`nil` fields are not the point of the case).
    struct Case: Sendable, CustomTestStringConvertible {
        var kind: String
        var posted: String?
        var title: String
        var text: String
        var date: String??
        var time: String?? = .none
        var format: String??
        var briefers: [String]? = nil
        var requestedBy: [String]? = nil
        var rule37: [String]? = nil
        var testDescription: String { kind }
    }

    static let cases: [Case] = [
        Case(kind: "briefing verbs beyond 'is expected to brief'", posted: "2012-02-08", title: "Special Envoy Castell to Brief on Cyprus",
             text: "This afternoon (8 February) Council members will meet in informal consultations on Cyprus. The Secretary-General's Special Envoy on Cyprus, Mira Castell, is set to brief members on the latest round of talks.",
             date: "2012-02-08", time: "afternoon", format: "informal consultations", briefers: ["Mira Castell"]),
        Case(kind: "the briefer is scheduled to brief, the format after", posted: "2011-05-12", title: "Insights on Nepal",
             text: "The head of the UN Mission in Nepal, Tomas Aberle, is scheduled to brief the Council tomorrow morning (13 May) in consultations.",
             date: "2011-05-13", time: "morning", format: "consultations", briefers: ["Tomas Aberle"]),
        Case(kind: "the briefer between commas after a title", posted: "2018-09-03", title: "Western Sahara Consultations",
             text: "On 4 September, the Secretary-General's Personal Envoy for Western Sahara, Hanna Lindqvist, is expected to brief Security Council members in closed consultations.",
             date: "2018-09-04", format: "closed consultations", briefers: ["Hanna Lindqvist"]),
        Case(kind: "a compound title directly before the name", posted: "2022-05-09", title: "Haiti: Open Briefing",
             text: "Tomorrow (10 May), the Security Council will hold an open briefing on Haiti. Special Representative of the Secretary-General and head of BINUH Joana Ferreira will brief on the Secretary-General's latest report (S/2022/360).",
             date: "2022-05-10", format: "open briefing", briefers: ["Joana Ferreira"]),
        Case(kind: "the briefer is the subject of the opening sentence", posted: "2014-03-13", title: "Briefing on Mali",
             text: "On Friday (14 March), the Special Representative and head of MINUSMA Karel Vos will brief the Council by video link, after which members will hold consultations.",
             date: "2014-03-14", format: "briefing", briefers: ["Karel Vos"]),
        Case(kind: "several briefers after a colon, separated by semicolons", posted: "2024-09-18", title: "Arria-formula Meeting on Cultural Heritage",
             text: "Tomorrow (19 September), Council members will hold an Arria-formula meeting on the protection of cultural heritage in conflict. The expected briefers are: Selma Korhonen, director of a heritage rescue fund; Dmitri Vasko, an archaeologist; and Amara Diallo, a museum curator from Mopti.",
             date: "2024-09-19", format: "Arria-formula meeting", briefers: ["Selma Korhonen", "Dmitri Vasko", "Amara Diallo"]),
        Case(kind: "titled briefers joined by 'and', the last in the next sentence", posted: "2021-06-03", title: "Myanmar: Private Meeting",
             text: "Tomorrow (4 June), the Security Council will convene for a private meeting on Myanmar. The expected briefers are Special Envoy for Myanmar Ines Halvorsen and Dato Rahim bin Osman, Second Minister for Foreign Affairs of Brunei Darussalam, in his capacity as ASEAN envoy. OCHA Director of Operations Pieter van der Berg may also brief.",
             date: "2021-06-04", format: "private meeting", briefers: ["Ines Halvorsen", "Rahim bin Osman", "Pieter van der Berg"]),
        Case(kind: "names with honorifics, particles, hyphens and diacritics", posted: "2019-02-25", title: "Yemen Briefing",
             text: "Tomorrow (26 February), the Council will receive a briefing on Yemen from Special Envoy Dr Layla al-Hashimi and Assistant Secretary-General for Humanitarian Affairs Joaquín Ruiz-Albéniz.",
             date: "2019-02-26", format: "briefing", briefers: ["Layla al-Hashimi", "Joaquín Ruiz-Albéniz"]),
        Case(kind: "the format keeps its qualifiers; requesters after 'at the request of'", posted: "2024-12-11", title: "Syria: Closed Consultations",
             text: "This morning (11 December), Council members will meet in closed consultations on the situation in Syria, at the request of Algeria and Guyana.",
             date: "2024-12-11", time: "morning", format: "closed consultations", requestedBy: ["DZA", "GUY"]),
        Case(kind: "a state, not the Council, convenes the meeting", posted: "2025-02-12", title: "Arria-formula Meeting on Ukraine",
             text: "Tomorrow morning (13 February), Russia will convene an Arria-formula meeting titled \"The Humanitarian Cost of Sanctions\". The meeting will begin at 10 am in the ECOSOC Chamber.",
             date: "2025-02-13", time: "morning", format: "Arria-formula meeting"),
        Case(kind: "mandate renewals without 'adopt' or 'vote' are adoptions", posted: "2016-04-27", title: "Technical Rollover of UN Mission in Darfur",
             text: "Tomorrow (28 April), the Council is expected to extend the mandate of the UN Mission in Darfur for two months, until 30 June, in a technical rollover.",
             date: "2016-04-28", format: "adoption"),
        Case(kind: "time of day from a clock time", posted: "2025-01-22", title: "Sudan: Open Briefing",
             text: "On Thursday (23 January) at 3 pm, the Security Council will hold an open briefing on Sudan.",
             date: "2025-01-23", time: "afternoon", format: "open briefing"),
        Case(kind: "a meeting held in the past previews nothing", posted: "2011-04-06", title: "Insights on Somalia",
             text: "On Monday, 4 April, the Council received its first briefing from the new Special Representative for Somalia, Oskar Lindahl. Members agreed to revisit the piracy question after the Secretary-General's report is issued later in the month.",
             date: .some(nil), format: .some(nil), briefers: []),
        Case(kind: "requesters of a past meeting are not requesters of the upcoming one", posted: "2016-08-22", title: "Western Sahara Consultations",
             text: "Tomorrow (23 August), Council members will hold consultations on Western Sahara. The head of MINURSO, Lena Okafor, will brief.\n\nThe Council was last updated on MINURSO on 2 August, under \"any other business\", at the request of Uruguay and Senegal.",
             date: "2016-08-23", format: "consultations", briefers: ["Lena Okafor"], requestedBy: []),
        Case(kind: "rule 37 participants named after the phrase", posted: "2024-04-03", title: "Myanmar: Open Briefing",
             text: "Tomorrow morning (4 April), the Security Council will convene for an open briefing on Myanmar. Several member states have said they wish to take part in tomorrow's meeting under rule 37 of the Council's provisional rules of procedure, including Thailand and the Philippines.",
             date: "2024-04-04", time: "morning", format: "open briefing", rule37: ["THA", "PHL"]),
        Case(kind: "a state inside an official's title has no role", posted: "2023-07-11", title: "Yemen Briefing",
             text: "Tomorrow (12 July), the Council will hold its monthly briefing on Yemen. Special Envoy for Yemen Omar Haddad and OCHA's Director of Operations Clara Nguyen are expected to brief.",
             date: "2023-07-12", format: "briefing", briefers: ["Omar Haddad", "Clara Nguyen"], requestedBy: []),
        Case(kind: "states that comment on a vote are not voters", posted: "2024-06-27", title: "Non-proliferation Briefing",
             text: "Tomorrow (28 June), the Council will hold a briefing on non-proliferation. Several members, including Estonia and Mexico, have linked the March veto to the arms trade under discussion.",
             date: "2024-06-28", format: "briefing"),
        Case(kind: "a person's title keeps its organisation or country", posted: "2024-10-30", title: "Ukraine Briefing",
             text: "This afternoon (30 October), the Council will hold a briefing on Ukraine. On 28 October, NATO Secretary-General Pim Jansen said that troops had been deployed, and US National Security Communications Adviser Ray Collins called them \"fair targets\".",
             date: "2024-10-30", time: "afternoon", format: "briefing", briefers: []),
        Case(kind: "dates in a draft's or mandate's terms are deadlines", posted: "2025-03-13", title: "UNMISS: Vote on Mandate Renewal",
             text: "Tomorrow (14 March), the Council will vote on a draft resolution extending the mandate of UNMISS until 30 April 2026. A draft that would have extended the mandate until 15 March 2027 was put under silence on 10 March.",
             date: "2025-03-14", format: "vote"),
        Case(kind: "a post with no posted date never resolves against today", posted: nil, title: "UNMISS: Vote on Mandate Renewal Resolution",
             text: "This afternoon (30 April), the Security Council is expected to vote on a draft resolution renewing the mandate of UNMISS.",
             date: .some(nil), time: "afternoon", format: "vote"),
        Case(kind: "'tomorrow' on 31 December 9999", posted: "9999-12-31", title: "Test: Briefing",
             text: "Tomorrow (1 January), the Security Council will hold a briefing.", date: .some(nil), format: "briefing"),
    ]

    /// The post as `check-cases` builds it, read and annotated.
    static func post(_ text: String, posted: String?, title: String, path: String = "case.txt") throws -> Post {
        var head = "What's In Blue\n\n"
        if let posted, let day = CalendarDate(iso: posted) {
            let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.isoWeekday - 1]
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1]
            head += "Posted \(weekday) \(day.day) \(month) \(day.year)\n\n"
        }
        let source = head + title + "\n\n" + text + "\n\nSign up for What's In Blue emails\n"
        let posts = try PostReader().read(bytes: Array(source.utf8), path: path)
        return StandardAnnotators.annotate(try #require(posts.first))
    }

    @Test(arguments: cases)
    func theKindHolds(_ example: Case) throws {
        let meeting = try MeetingFactCaseTests.post(example.text, posted: example.posted, title: example.title).meeting
        if let date = example.date { #expect(meeting.date?.description == date) }
        if let time = example.time { #expect(meeting.timeOfDay?.rawValue == time) }
        if let format = example.format { #expect(meeting.format == format) }
        if let briefers = example.briefers { #expect(meeting.briefers.map { $0.name ?? $0.organization ?? "" } == briefers) }
        if let requestedBy = example.requestedBy { #expect(meeting.requestedBy == requestedBy) }
        if let rule37 = example.rule37 { #expect(meeting.rule37 == rule37) }
    }

    @Test func twoMeetingsInOnePostAreBothListed() throws {
        let post = try MeetingFactCaseTests.post("""
            This afternoon (30 October), the Security Council will convene for a briefing under the "Maintenance of peace and security of Ukraine" agenda item. The meeting was requested by Ukraine. Assistant Secretary-General Nadia Petrova is expected to brief.

            On Thursday morning (31 October), the Council will hold a briefing on Ukraine under the "Threats to international peace and security" agenda item. Russia requested the meeting. Deputy High Representative Samuel Osei is expected to brief.
            """, posted: "2024-10-30", title: "Ukraine Briefing")
        #expect(post.meetings.map { $0.date?.description } == ["2024-10-30", "2024-10-31"])
        #expect(post.meetings.map(\.timeOfDay) == [.afternoon, .morning])
        #expect(post.meetings.map(\.agendaItem) == ["Maintenance of peace and security of Ukraine", "Threats to international peace and security"])
        #expect(post.meetings.map(\.requestedBy) == [["UKR"], ["RUS"]])
        #expect(post.meetings.map { $0.briefers.compactMap(\.name) } == [["Nadia Petrova"], ["Samuel Osei"]])
        #expect(post.meeting == post.meetings[0])
    }

    @Test func aClosingParagraphThatLeadsWithAnotherDayPreviewsThatMeeting() throws {
        let background = (1...5).map { "On \($0) October, the Panel noted new transfers of fuel across the border, members said." }
        let opening = "This afternoon (30 October), the Security Council will convene for a briefing on Ukraine. The meeting was requested by Ukraine. Assistant Secretary-General Nadia Petrova is expected to brief."
        let post = { (closing: String) in
            try MeetingFactCaseTests.post(([opening] + background + [closing]).joined(separator: "\n\n"), posted: "2024-10-30", title: "Ukraine Briefing")
        }
        let next = try post("On Thursday morning (31 October), the Security Council will hold a briefing on Ukraine under the \"Threats to international peace and security\" agenda item. Russia requested the meeting. Deputy High Representative Samuel Osei is expected to brief.")
        #expect(next.meetings.map { $0.date?.description } == ["2024-10-30", "2024-10-31"])
        #expect(next.meetings.map(\.requestedBy) == [["UKR"], ["RUS"]])
        #expect(next.meetings.map { $0.briefers.compactMap(\.name) } == [["Nadia Petrova"], ["Samuel Osei"]])
        // The opening's own day told again, a day not leading its sentence, a day weeks away: no meeting.
        for closing in ["Members are likely to adopt a press statement on 30 October.",
                        "Members are likely to hold consultations on Ukraine on Thursday (31 October). Russia requested them.",
                        "On 28 November, the Council will hold its next briefing on Ukraine. Russia requested it."] {
            let other = try post(closing)
            #expect(other.meetings.count == 1, "\(closing)")
            #expect(other.meeting.requestedBy == ["UKR"], "\(closing)")
        }
    }

    // MARK: The cases' "also" notes

    @Test func commentersOnAVoteCastNone() throws {
        let post = try MeetingFactCaseTests.post(MeetingFactCaseTests.cases[16].text, posted: "2024-06-27", title: "Non-proliferation Briefing")
        let votes = post.entities.filter { $0.entity.kind == .vote }
        #expect(!votes.isEmpty)
        #expect(votes.allSatisfy { $0.entity.attributes[.states] == nil })
    }

    @Test func titlesKeepTheirOrganisationOrCountry() throws {
        let post = try MeetingFactCaseTests.post(MeetingFactCaseTests.cases[17].text, posted: "2024-10-30", title: "Ukraine Briefing")
        let titles = Dictionary(post.entities.filter { $0.entity.kind == .person }.map { ($0.entity.id, $0.entity.attributes[.title] ?? "") }) { first, _ in first }
        #expect(titles["Pim Jansen"] == "NATO Secretary-General")
        #expect(titles["Ray Collins"] == "US National Security Communications Adviser")
    }

    @Test func datesInADraftsTermsAreDeadlines() throws {
        let post = try MeetingFactCaseTests.post(MeetingFactCaseTests.cases[18].text, posted: "2025-03-13", title: "UNMISS: Vote on Mandate Renewal")
        let roles = Dictionary(post.entities.filter { $0.entity.kind == .date }.map { ($0.entity.id, $0.entity.attributes[.role]) }) { first, _ in first }
        #expect(roles == ["2025-03-14": .event, "2026-04-30": .deadline, "2027-03-15": .deadline, "2025-03-10": .event])
    }

    @Test func aDatesTenseIsReadAcrossAQuotation() throws {
        let post = try MeetingFactCaseTests.post("Council members will discuss the \"Syria\" file on 6 January.", posted: "2024-12-20", title: "Syria: Consultations")
        #expect(post.entities.filter { $0.entity.kind == .date }.map(\.entity.id) == ["2025-01-06"])
        guard case .paragraph(let paragraph) = post.body.first else { Issue.record("no paragraph"); return }
        #expect(paragraph.content.contains { if case .quotation = $0 { true } else { false } }, "the quotation is still structure")
    }

    @Test func undatedPostsKeepDatesWithoutAYear() throws {
        let post = try MeetingFactCaseTests.post(MeetingFactCaseTests.cases[19].text, posted: nil, title: "UNMISS: Vote")
        #expect(post.entities.filter { $0.entity.kind == .date }.map(\.entity.id) == ["--04-30"])
    }
}
