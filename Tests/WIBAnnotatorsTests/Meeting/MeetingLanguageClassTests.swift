import Testing
import WIBAnnotators
import WIBCore

/// Classes of meeting language the third held-out batch showed the reader missing, each in
/// several phrasings of our own in the style of real posts (invented people), none of them the
/// batch's: business in sequence in one clause; a meeting put on the programme of work; a body of
/// the Council that "will meet"; a meeting held over two days; a meeting convened to vote; a month's
/// business with no day; requesters with roles in brackets; briefers in a semicolon list after
/// "the briefers are", honorifics such as "Baroness"; a briefer before a relative clause and "will
/// make her first briefing".
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

    static let bodiesThatMeet: [Case] = [
        Case(kind: "a working group 'is expected to meet' on a day: format 'meeting'", posted: "2020-03-16",
             text: "The Council’s Informal Working Group on Documentation and Other Procedural Questions, chaired by Estonia, is expected to meet on Thursday (19 March) to consider the working methods of the Council during the pandemic.",
             meetings: [Expected(date: "2020-03-19", format: "meeting")]),
        Case(kind: "a sanctions committee 'will convene'", posted: "2020-03-16",
             text: "The 1267 Sanctions Committee will convene tomorrow afternoon (17 March) with the Monitoring Team to discuss its latest report.",
             meetings: [Expected(date: "2020-03-17", time: "afternoon", format: "meeting")]),
        Case(kind: "Council members 'will meet' troop contributors", posted: "2020-03-16",
             text: "On Friday (20 March), Council members will meet with the troop-contributing countries to UNIFIL to hear their concerns about the safety of peacekeepers.",
             meetings: [Expected(date: "2020-03-20", format: "meeting")]),
        Case(kind: "leaders who 'are expected to meet' elsewhere hold no Council meeting", posted: "2020-03-16",
             text: "The two Cypriot leaders are expected to meet on Thursday (19 March) in the buffer zone.",
             meetings: []),
    ]

    static let twoDays: [Case] = [
        Case(kind: "two weekdays and two days in brackets: the first day", posted: "2020-10-19",
             text: "The Council’s annual open debate on women, peace and security will be held on Tuesday and Wednesday (20 and 21 October). Executive Director Nomvula Ferreira-Haddad is expected to brief.",
             meetings: [Expected(date: "2020-10-20", format: "open debate", briefers: ["Nomvula Ferreira-Haddad"])]),
        Case(kind: "two days with a dash in brackets", posted: "2020-10-19",
             text: "The high-level open debate on climate and security is scheduled for Thursday and Friday (22–23 October).",
             meetings: [Expected(date: "2020-10-22", format: "high-level open debate")]),
        Case(kind: "'on 26 and 27 October' without weekdays", posted: "2020-10-19",
             text: "The Council will hold a two-day open debate on peacekeeping on 26 and 27 October.",
             meetings: [Expected(date: "2020-10-26", format: "open debate")]),
        Case(kind: "two days in the next year fixed by their weekdays", posted: "2020-12-28",
             text: "On Monday and Tuesday (4 and 5 January), the Council will hold its open debate on the rule of law.",
             meetings: [Expected(date: "2021-01-04", format: "open debate")]),
    ]

    static let meetingsHeldToVote: [Case] = [
        Case(kind: "'convene a meeting under the … agenda item to vote on a draft': vote", posted: "2022-06-28",
             text: "On Thursday afternoon (30 June), the Council will convene a meeting under the “Reports of the Secretary-General on the Sudan and South Sudan” agenda item to vote on a draft resolution extending the mandate of UNISFA.",
             meetings: [Expected(date: "2022-06-30", time: "afternoon", format: "vote", agenda: "Reports of the Secretary-General on the Sudan and South Sudan")]),
        Case(kind: "'hold a meeting to adopt': adoption", posted: "2022-06-28",
             text: "Tomorrow (29 June), the Council is scheduled to hold a meeting to adopt a resolution on the Panel of Experts assisting the Yemen sanctions committee.",
             meetings: [Expected(date: "2022-06-29", format: "adoption")]),
        Case(kind: "'a session at which members are expected to vote': vote", posted: "2022-06-28",
             text: "This afternoon (28 June), the Council will hold a session at which members are expected to vote on the draft on Syria’s cross-border aid mechanism.",
             meetings: [Expected(date: "2022-06-28", time: "afternoon", format: "vote")]),
        Case(kind: "a meeting ahead of a vote named by a noun stays a meeting", posted: "2022-06-28",
             text: "Tomorrow (29 June), the Council will hold a meeting on Mali ahead of the vote on the mission’s mandate.",
             meetings: [Expected(date: "2022-06-29", format: "meeting")]),
    ]

    static let monthsBusiness: [Case] = [
        Case(kind: "a programme of work's signature event with no day is not previewed", posted: "2022-12-01",
             text: "India holds the Council presidency in December, and members adopted the programme of work for the month this morning. As its signature event, India has planned an open debate on reformed multilateralism, which its External Affairs Minister is expected to chair.",
             meetings: []),
        Case(kind: "a meeting 'later this month' is not previewed", posted: "2022-12-01",
             text: "The Council is expected to hold its semi-annual briefing on the International Residual Mechanism for Criminal Tribunals later this month. Its President, Judge Tomasz Kowalczyk-Oduya, will brief.",
             meetings: []),
        Case(kind: "a meeting 'next month' is not previewed", posted: "2022-12-01",
             text: "Members will hold consultations on the Golan next month, when the Secretary-General’s report is due.",
             meetings: []),
    ]

    static let requestersWithRoles: [Case] = [
        Case(kind: "each requester followed by its role in brackets", posted: "2023-11-06",
             text: "This afternoon (6 November), Council members will hold closed consultations on Myanmar at the request of the UK (the penholder on Myanmar), Malta (as chair of the working group on children and armed conflict) and Ecuador (on behalf of the elected members).",
             meetings: [Expected(date: "2023-11-06", time: "afternoon", format: "closed consultations", requestedBy: ["GBR", "MLT", "ECU"])]),
        Case(kind: "'requested by' with a relative clause in brackets", posted: "2023-11-06",
             text: "Tomorrow morning (7 November), the Council will hold an open briefing on Haiti, requested by Guyana (which speaks for the A3+ on this file) and France.",
             meetings: [Expected(date: "2023-11-07", time: "morning", format: "open briefing", requestedBy: ["GUY", "FRA"])]),
        Case(kind: "a group's members in brackets are still read", posted: "2023-11-06",
             text: "Tomorrow (7 November), the Council will hold a briefing on Sudan at the request of the A3 (Gabon, Ghana and Mozambique) and Switzerland (the co-penholder).",
             meetings: [Expected(date: "2023-11-07", format: "briefing", requestedBy: ["GAB", "GHA", "MOZ", "CHE"])]),
    ]

    static let briefersInSemicolonLists: [Case] = [
        Case(kind: "'the speakers will be' a semicolon list of bare names with relative clauses and honorifics", posted: "2023-11-06",
             text: "On Wednesday (8 November), the Council will hold an open debate on the protection of civilians. The speakers will be Dame Olwen Carrick-Baptiste, who leads a de-mining charity; Lord Tobias Ferreira-Lund, a former mediator; and Nadia Okonjo-Varga, who heads a refugee network in Erbil.",
             meetings: [Expected(date: "2023-11-08", format: "open debate", briefers: ["Olwen Carrick-Baptiste", "Tobias Ferreira-Lund", "Nadia Okonjo-Varga"])]),
        Case(kind: "'briefers are expected to be' a titled briefer, then bare names with an apposition and 'Baroness'", posted: "2023-11-06",
             text: "Tomorrow (7 November), the Council will hold its annual open debate on women, peace and security. Briefers are expected to be Executive Director of UN Women Sabine Ohlsson-Mbeki; Tariq Mansour-Eklund, who coordinates a women’s mediation network; and Baroness Clementine Ashworth-Nkemelu, a founder of a survivors’ fund.",
             meetings: [Expected(date: "2023-11-07", format: "open debate", briefers: ["Sabine Ohlsson-Mbeki", "Tariq Mansour-Eklund", "Clementine Ashworth-Nkemelu"])]),
        Case(kind: "someone who chairs a commission briefs; someone who will chair the meeting does not", posted: "2023-11-06",
             text: "Tomorrow (7 November), the Council will hold an open debate on Iraq. The expected briefers are Sir Ansel Whitcombe-Aidoo, who chairs an independent commission on the missing; and Ruth Amankwah-Stoll, a lawyer. Foreign Minister Piet Hallvard-Mensah, who will chair the meeting, is also expected to speak.",
             meetings: [Expected(date: "2023-11-07", format: "open debate", briefers: ["Ansel Whitcombe-Aidoo", "Ruth Amankwah-Stoll"])]),
    ]

    static let briefersAfterRelativeClauses: [Case] = [
        Case(kind: "'X, who took up her post …, will make her first briefing'", posted: "2021-09-07",
             text: "Tomorrow afternoon (8 September), Beatrix Lindqvist-Osei, who was appointed Special Envoy for the Horn of Africa in July, will make her first briefing to the Council.",
             meetings: [Expected(date: "2021-09-08", time: "afternoon", format: "briefing", briefers: ["Beatrix Lindqvist-Osei"])]),
        Case(kind: "'X, whose term ends this month, will deliver her final briefing'", posted: "2021-09-07",
             text: "Tomorrow (8 September), Kaja Rasmussen-Obi, whose term as Special Coordinator ends this month, will deliver her final briefing on the Middle East.",
             meetings: [Expected(date: "2021-09-08", format: "briefing", briefers: ["Kaja Rasmussen-Obi"])]),
        Case(kind: "'is expected to give his first briefing'", posted: "2021-09-07",
             text: "On Thursday (9 September), Mateus Okafor-Lindahl, who became head of UNMISS in July, is expected to give his first briefing to the Council.",
             meetings: [Expected(date: "2021-09-09", format: "briefing", briefers: ["Mateus Okafor-Lindahl"])]),
    ]

    @Test(arguments: sequences + programmeOfWork + bodiesThatMeet + twoDays + meetingsHeldToVote + monthsBusiness + requestersWithRoles
                     + briefersInSemicolonLists + briefersAfterRelativeClauses)
    func theMeetingsAreRead(_ example: Case) throws {
        let post = try MeetingFactCaseTests.post(example.text, posted: example.posted, title: "Test")
        #expect(post.meetings.map(Expected.init) == example.meetings)
    }
}
