import Testing
import WIBAnnotators
import WIBCore

/// Kinds of meeting language the second held-out batch showed the reader missing, each as
/// sentences of our own in the style of real posts (invented people): meetings called off, moved
/// or already held; a time between "hear" and "from"; two days in one sentence; the words for
/// asking for a meeting; long titles, regional organisations and lists of briefers; unknown words
/// among a format's qualifiers.
@Suite struct MeetingLanguageTests {
    /// A meeting the post should preview, every field compared.
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var date: String?
        var time: String? = nil
        var format: String?
        var agenda: String? = nil
        var requestedBy: [String] = []
        var briefers: [String] = []
        var rule37: [String] = []

        init(date: String?, time: String? = nil, format: String?, agenda: String? = nil, requestedBy: [String] = [], briefers: [String] = [],
             rule37: [String] = []) {
            self.date = date
            self.time = time
            self.format = format
            self.agenda = agenda
            self.requestedBy = requestedBy
            self.briefers = briefers
            self.rule37 = rule37
        }

        init(_ meeting: Meeting) {
            self.init(date: meeting.date?.description, time: meeting.timeOfDay?.rawValue, format: meeting.format, agenda: meeting.agendaItem,
                      requestedBy: meeting.requestedBy, briefers: meeting.briefers.map { $0.name ?? $0.organization ?? "" }, rule37: meeting.rule37)
        }

        var description: String {
            "\(date ?? "-") \(time ?? "-") \(format ?? "-") agenda: \(agenda ?? "-") requested by \(requestedBy) briefers \(briefers) rule 37 \(rule37)"
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var kind: String
        var posted: String
        var text: String
        /// Every meeting previewed, in order (none: the post previews no meeting).
        var meetings: [Expected]
        var testDescription: String { kind }
    }

    static let pastAndMoved: [Case] = [
        Case(kind: "a meeting deferred with no new day previews nothing; who asked for the delay asked for no meeting", posted: "2025-07-28",
             text: "The adoption of the draft resolution renewing the sanctions regime on the Central African Republic, which was scheduled for this afternoon (28 July), has been deferred at Russia’s request. Members have not agreed on a new date.",
             meetings: []),
        Case(kind: "a meeting named by a possessive day word and cancelled", posted: "2024-05-13",
             text: "Tomorrow’s consultations on Libya, which Tunisia had requested, have been cancelled. It seems that members will wait for the Secretary-General’s next report.",
             meetings: []),
        Case(kind: "a meeting moved to a new day is the meeting of that day; who asked for the move is no requester", posted: "2024-06-14",
             text: "The vote on the draft resolution on Syria, originally planned for this morning (14 June), has been postponed until Monday (17 June) at the request of China.",
             meetings: [Expected(date: "2024-06-17", format: "vote")]),
        Case(kind: "a past weekday with its date in brackets, and futures only in what was said", posted: "2025-02-13",
             text: "At Tuesday’s (11 February) consultations on Yemen, which the UK had requested, Special Envoy Tomas Lindqvist-Barre told members that the parties will meet again in Muscat. Members said they will return to the issue next month.",
             meetings: []),
        Case(kind: "what was said names a day to come: a preview", posted: "2024-05-13",
             text: "The penholder, France, has said that the draft will be put to a vote tomorrow (14 May).",
             meetings: [Expected(date: "2024-05-14", format: "vote")]),
        Case(kind: "a meeting denied by 'no' is none", posted: "2025-03-05",
             text: "Council members discussed Haiti under “any other business” on Monday. No follow-up meeting has been scheduled.",
             meetings: []),
        Case(kind: "a speaker at a past meeting, and its requester, have no role in the meeting to come", posted: "2025-02-13",
             text: "Tomorrow morning (14 February), the Security Council will hold a briefing on Yemen. At last week’s consultations, which Russia had requested, Special Envoy Tomas Lindqvist-Barre told members that a ceasefire will hold. Under-Secretary-General for Humanitarian Affairs Maren Oyelaran-Fitch will brief.",
             meetings: [Expected(date: "2025-02-14", time: "morning", format: "briefing", briefers: ["Maren Oyelaran-Fitch"])]),
        Case(kind: "a relative clause that tells of a postponement does not call the meeting off", posted: "2024-03-04",
             text: "Tomorrow (5 March), the Council will hold a briefing on Haiti. Panama requested the meeting, which was postponed from last week.",
             meetings: [Expected(date: "2024-03-05", format: "briefing", requestedBy: ["PAN"])]),
        Case(kind: "'Tomorrow’s' names tomorrow; the weekday it was moved from does not", posted: "2024-03-04",
             text: "Tomorrow’s consultations on Libya, which had been postponed from Monday, will take place at 3 pm.",
             meetings: [Expected(date: "2024-03-05", time: "afternoon", format: "consultations")]),
        Case(kind: "a postponement in a subordinate clause about something else calls no meeting off", posted: "2024-07-10",
             text: "Council members will hold consultations at 5:30 pm on the situation in Burundi, where the presidential election has been postponed to 21 July.",
             meetings: [Expected(date: "2024-07-10", time: "afternoon", format: "consultations")]),
    ]

    static let timesAndDays: [Case] = [
        Case(kind: "a time between 'hear' and 'from' is still a briefing; 'asked for the session' in the next sentence", posted: "2023-10-08",
             text: "The Council is set to hear tomorrow morning (9 October) from Special Representative for Iraq Anneliese Vorberg-Dunn and from ICRC Vice-President Tomas Quaye-Lindholm. The UK and France asked for the session after the attacks on camps near Sinjar.",
             meetings: [Expected(date: "2023-10-09", time: "morning", format: "briefing", requestedBy: ["GBR", "FRA"],
                                 briefers: ["Anneliese Vorberg-Dunn", "Tomas Quaye-Lindholm"])]),
        Case(kind: "a clock time and a day between 'hear' and 'from'", posted: "2023-10-06",
             text: "Council members will hear at 3 pm on Monday (9 October) from the head of UNAMI, Anneliese Vorberg-Dunn.",
             meetings: [Expected(date: "2023-10-09", time: "afternoon", format: "briefing", briefers: ["Anneliese Vorberg-Dunn"])]),
        Case(kind: "two days joined by 'and': the day of the clause with the meeting", posted: "2024-06-10",
             text: "The penholders circulated a revised draft this morning (10 June), and a vote is now expected on Thursday (13 June).",
             meetings: [Expected(date: "2024-06-13", format: "vote")]),
        Case(kind: "a day right after a past verb is the day of what was done, with its time of day", posted: "2024-05-02",
             text: "Council members agreed this afternoon (2 May) to put the draft in blue, with adoption expected tomorrow morning.",
             meetings: [Expected(date: "2024-05-03", time: "morning", format: "adoption")]),
        Case(kind: "a weekday fixes the date in brackets: the draft circulated on a past Tuesday is no second meeting", posted: "2024-07-10",
             text: "On Friday (12 July), the Council will vote on a draft resolution renewing the mandate of UNFICYP. The UK circulated the draft on Tuesday (9 July).",
             meetings: [Expected(date: "2024-07-12", format: "vote")]),
        Case(kind: "a weekday in brackets across the new year", posted: "2024-12-30",
             text: "On Monday (6 January), the Council will hold its first briefing of the year on Colombia.",
             meetings: [Expected(date: "2025-01-06", format: "briefing")]),
    ]

    static let requests: [Case] = [
        Case(kind: "'was sought by'; a relative clause ends the requesters", posted: "2024-08-12",
             text: "This afternoon (12 August), Council members will hold closed consultations on the situation in Sudan. The meeting was sought by Slovenia and Switzerland, which want to hear how Kenya and Egypt view the fighting in El Fasher.",
             meetings: [Expected(date: "2024-08-12", time: "afternoon", format: "closed consultations", requestedBy: ["SVN", "CHE"])]),
        Case(kind: "'sought' as the verb of the requesters", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Security Council will hold an emergency meeting on Lebanon. Algeria sought the meeting after the strikes on Beirut.",
             meetings: [Expected(date: "2024-08-13", format: "emergency meeting", requestedBy: ["DZA"])]),
        Case(kind: "a relative clause whose pronoun is the meeting: 'which X had sought'", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Security Council will hold an open briefing on Haiti, which Ecuador and Panama had sought after the attacks on the airport.",
             meetings: [Expected(date: "2024-08-13", format: "open briefing", requestedBy: ["ECU", "PAN"])]),
        Case(kind: "'following a request from'", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Security Council will hold a briefing on Mozambique following a request from Sierra Leone and Guyana.",
             meetings: [Expected(date: "2024-08-13", format: "briefing", requestedBy: ["SLE", "GUY"])]),
        Case(kind: "'called for the meeting'", posted: "2024-08-12",
             text: "This afternoon (12 August), Council members will meet in consultations on Myanmar. Guyana and the UK called for the meeting.",
             meetings: [Expected(date: "2024-08-12", time: "afternoon", format: "consultations", requestedBy: ["GUY", "GBR"])]),
        Case(kind: "'at the behest of'", posted: "2024-08-12",
             text: "This afternoon (12 August), the Council will hold a briefing on Syria at the behest of Russia.",
             meetings: [Expected(date: "2024-08-12", time: "afternoon", format: "briefing", requestedBy: ["RUS"])]),
        Case(kind: "conveners 'at the initiative of' are not requesters", posted: "2024-08-12",
             text: "Tomorrow (13 August), Council members will hold an Arria-formula meeting on maritime security at the initiative of Japan and Denmark.",
             meetings: [Expected(date: "2024-08-13", format: "Arria-formula meeting")]),
    ]

    static let briefers: [Case] = [
        Case(kind: "long titles whose portfolios hold 'and'", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Council will hold an open debate on food security. Briefers will be Vice-President for Programmes and Operations of the International Fund for Agricultural Development Ama Osei-Lindqvist and Director of Emergencies and Resilience of the Food and Agriculture Organization Karl-Heinz Obuya.",
             meetings: [Expected(date: "2024-08-13", format: "open debate", briefers: ["Ama Osei-Lindqvist", "Karl-Heinz Obuya"])]),
        Case(kind: "regional organisations as briefers, in a list after 'representatives of'", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Security Council will hold a briefing on the Sahel. Special Representative Ines Dufour-Kamara will brief, as will representatives of the AU, ECOWAS and the EU.",
             meetings: [Expected(date: "2024-08-13", format: "briefing", briefers: ["Ines Dufour-Kamara", "AU", "ECOWAS", "EU"])]),
        Case(kind: "a regional organisation by its full name, and one inside a person's title", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Security Council will hold a briefing on the Sahel. The anticipated briefers are ECOWAS Commission President Amadou Sow-Lindberg and representatives of the African Union and the OIC.",
             meetings: [Expected(date: "2024-08-13", format: "briefing", briefers: ["Amadou Sow-Lindberg", "African Union", "OIC"])]),
        Case(kind: "items after a colon, separated by semicolons, each named first", posted: "2024-08-12",
             text: "Tomorrow (13 August), Council members will hold an Arria-formula meeting on landmines. The speakers will be: Mei-Ling Ostrowski-Baba, programme officer at a demining charity; Jean-Luc Mwamba, a farmer from Kasai; and May-Britt Solheim, senior adviser at a Geneva institute.",
             meetings: [Expected(date: "2024-08-13", format: "Arria-formula meeting", briefers: ["Mei-Ling Ostrowski-Baba", "Jean-Luc Mwamba", "May-Britt Solheim"])]),
        Case(kind: "someone who 'will speak but is not expected to brief'", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Council will hold an open briefing on Ukraine. Ukraine’s Foreign Minister, Oleksandr Hrytsenko-Bilyk, will speak but is not expected to brief. Under-Secretary-General Rosalind Achterberg-Mensah will brief.",
             meetings: [Expected(date: "2024-08-13", format: "open briefing", briefers: ["Rosalind Achterberg-Mensah"])]),
        Case(kind: "'chair of' is an office, not a chair in the meeting", posted: "2019-09-05",
             text: "Tomorrow (6 September) Council members will hold an informal interactive dialogue with Ambassador Ngozi Adeyemi-Brandt, chair of the AU Peace and Security Council for September, on Somalia.",
             meetings: [Expected(date: "2019-09-06", format: "informal interactive dialogue", briefers: ["Ngozi Adeyemi-Brandt"])]),
        Case(kind: "a minister 'in the chair' is no briefer", posted: "2018-01-17",
             text: "On Friday (19 January), the Council will hold a briefing on Iraq, with Japan’s Minister for Foreign Affairs, Haruto Kisaragi-Moss, in the chair. Special Representative Anneliese Vorberg-Dunn will brief.",
             meetings: [Expected(date: "2018-01-19", format: "briefing", briefers: ["Anneliese Vorberg-Dunn"])]),
    ]

    static let formats: [Case] = [
        Case(kind: "an unknown word among known qualifiers is skipped", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Security Council will hold its semi-annual open thematic debate on small arms.",
             meetings: [Expected(date: "2024-08-13", format: "open debate")]),
        Case(kind: "a topic word between 'first closed' and the noun", posted: "2024-08-12",
             text: "Tomorrow (13 August), Council members will hold their first closed humanitarian consultations on Gaza.",
             meetings: [Expected(date: "2024-08-13", format: "closed consultations")]),
        Case(kind: "a joint consultative meeting, its order and frequency dropped", posted: "2024-10-15",
             text: "Members of the Security Council and the AU Peace and Security Council will hold their eighth annual joint consultative meeting in New York on Thursday (17 October).",
             meetings: [Expected(date: "2024-10-17", format: "joint consultative meeting")]),
        Case(kind: "consultations denied by 'no' are no second meeting", posted: "2024-08-12",
             text: "Tomorrow (13 August), the Council will hold a briefing on Iraq. No follow-up consultations are planned.",
             meetings: [Expected(date: "2024-08-13", format: "briefing")]),
        Case(kind: "a debate 'on' a quoted agenda item", posted: "2024-04-22",
             text: "Tomorrow (23 April), the Council will hold its quarterly open debate on “The situation in the Middle East, including the Palestinian question”.",
             meetings: [Expected(date: "2024-04-23", format: "open debate", agenda: "The situation in the Middle East, including the Palestinian question")]),
        Case(kind: "an Arria-formula meeting 'on' a quoted title has no agenda item", posted: "2024-04-22",
             text: "Tomorrow (23 April), Malta will host an Arria-formula meeting on “Children in the Line of Fire”.",
             meetings: [Expected(date: "2024-04-23", format: "Arria-formula meeting")]),
    ]

    @Test(arguments: pastAndMoved + timesAndDays + requests + briefers + formats)
    func theMeetingsAreRead(_ example: Case) throws {
        let post = try MeetingFactCaseTests.post(example.text, posted: example.posted, title: "Test")
        #expect(post.meetings.map(Expected.init) == example.meetings)
    }
}
