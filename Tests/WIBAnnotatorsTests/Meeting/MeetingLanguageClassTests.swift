import Testing
import WIBAnnotators
import WIBCore

/// Classes of meeting language the third held-out batch showed the reader missing, each in
/// several phrasings of our own in the style of real posts (invented people), none of them the
/// batch's: business in sequence in one clause; a meeting put on the programme of work.
@Suite struct MeetingLanguageClassTests {
    typealias Expected = MeetingLanguageTests.Expected
    typealias Case = MeetingLanguageTests.Case

    static let sequences: [Case] = [
        Case(kind: "an adoption 'and then' a debate: two meetings, the briefer and rule 37 with the debate", posted: "2023-05-08",
             text: "Tomorrow morning (9 May), the Security Council is set to extend the mandate of the UN Mission in South Sudan for three months and then hold its quarterly debate on the mission. Special Representative Halvard Osei-Brennan will brief. Sudan and Ethiopia are expected to participate under rule 37.",
             meetings: [Expected(date: "2023-05-09", time: "morning", format: "adoption"),
                        Expected(date: "2023-05-09", time: "morning", format: "debate", briefers: ["Halvard Osei-Brennan"], rule37: ["SDN", "ETH"])]),
        Case(kind: "'and will then': a vote, then consultations", posted: "2023-05-08",
             text: "This afternoon (8 May), Council members will vote on a draft resolution on the Libya sanctions regime and will then move into closed consultations on the country. Panel coordinator Ilse Marchetti-Obi will brief in the consultations.",
             meetings: [Expected(date: "2023-05-08", time: "afternoon", format: "vote"),
                        Expected(date: "2023-05-08", time: "afternoon", format: "closed consultations", briefers: ["Ilse Marchetti-Obi"])]),
        Case(kind: "', then' after a vote", posted: "2023-05-08",
             text: "On Wednesday (10 May), the Council is expected to vote on the renewal of the Panel of Experts on Mali, then hold an open briefing on the Sahel.",
             meetings: [Expected(date: "2023-05-10", format: "vote"), Expected(date: "2023-05-10", format: "open briefing")]),
        Case(kind: "'before holding': an adoption before a debate", posted: "2023-05-08",
             text: "Tomorrow (9 May), the Council will adopt a presidential statement on the Great Lakes region before holding its semi-annual open debate on the region.",
             meetings: [Expected(date: "2023-05-09", format: "adoption"), Expected(date: "2023-05-09", format: "open debate")]),
        Case(kind: "a briefing 'and then' consultations on one day stays one meeting", posted: "2023-05-08",
             text: "Tomorrow (9 May), the Council will hold a briefing on Colombia and then consultations. Special Representative Marisol Etxeberria-Kane will brief.",
             meetings: [Expected(date: "2023-05-09", format: "briefing", briefers: ["Marisol Etxeberria-Kane"])]),
    ]

    static let programmeOfWork: [Case] = [
        Case(kind: "consultations 'added to the programme of work for' a day, in response to a request", posted: "2015-11-16",
             text: "Following a request from Angola and Malaysia, Council members have added consultations on Burundi to their programme of work for tomorrow morning (17 November). Assistant Secretary-General for Political Affairs Tomás Herrera-Lund is expected to brief.",
             meetings: [Expected(date: "2015-11-17", time: "morning", format: "consultations", requestedBy: ["AGO", "MYS"], briefers: ["Tomás Herrera-Lund"])]),
        Case(kind: "a meeting as the subject of 'has been added to the programme for' a weekday", posted: "2015-11-16",
             text: "At the request of Spain, a briefing on the Central African Republic has been added to the Council’s programme of work for Wednesday afternoon (18 November).",
             meetings: [Expected(date: "2015-11-18", time: "afternoon", format: "briefing", requestedBy: ["ESP"])]),
        Case(kind: "'slotted' with a qualified meeting as its object", posted: "2015-11-16",
             text: "Council members have slotted an open briefing on Yemen into their schedule for Thursday (19 November), after a request from the UK.",
             meetings: [Expected(date: "2015-11-19", format: "open briefing", requestedBy: ["GBR"])]),
        Case(kind: "'added' as a verb of saying still reports", posted: "2015-11-16",
             text: "At Monday’s (16 November) consultations, Under-Secretary-General Pia Lindgren-Moyo added that the mission will need more helicopters.",
             meetings: []),
    ]

    @Test(arguments: sequences + programmeOfWork)
    func theMeetingsAreRead(_ example: Case) throws {
        let post = try MeetingFactCaseTests.post(example.text, posted: example.posted, title: "Test")
        #expect(post.meetings.map(Expected.init) == example.meetings)
    }
}
