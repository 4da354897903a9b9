import Testing
import WIBCore
import WIBTestSupport

/// The meeting facts of the labelled openings (`Tests/Labelled/openings.yml`): the gate on the
/// annotators, and the checks on the file itself. `swift run wib-accuracy` prints the figures.
@Suite struct MeetingAccuracyTests {
    @Test func everyFieldReachesTheTarget() throws {
        let report = try MeetingAccuracyReport(entries: try LabelledOpenings.load())
        for field in MeetingAccuracyReport.Field.allCases {
            let score = try #require(report.scores[field], "no score for \(field)")
            #expect(score.value >= 0.95, "\(field): \(score.value)\n\(report.table)\n\(report.mistakes.joined(separator: "\n"))")
        }
    }

    @Test func theLabelledFileIsWellFormed() throws {
        // Loading checks every entry has every field, dates are real YYYY-MM-DD days, meeting
        // dates are not before the posted date, and ids are unique; it throws otherwise.
        let entries = try LabelledOpenings.load()
        #expect(entries.count >= 80)
        #expect(Set(entries.map(\.id)).count == entries.count)
        #expect(entries.contains { $0.posted == nil }, "no entry without a posted date")
        #expect(entries.filter { $0.expected.meetings.isEmpty }.count >= 8, "too few posts that preview no meeting")
        for entry in entries {
            for meeting in entry.expected.meetings {
                if let date = meeting.date { #expect(CalendarDate(iso: date) != nil, "\(entry.id): \(date)") }
                #expect(meeting.date != nil || entry.posted == nil || meeting.format != nil, "\(entry.id): a meeting with neither date nor format")
            }
            // The text built for the entry reads back as the post it describes.
            let post = try entry.annotatedPost()
            #expect(post.metadata.posted == entry.posted, "\(entry.id): posted \(String(describing: post.metadata.posted))")
            #expect(post.bodyText.contains(entry.text.prefix(40)), "\(entry.id): the body does not start with the text")
        }
    }

    @Test func aMalformedEntryIsReportedWithItsLine() {
        let missing = """
        - id: a-1
          kind: k
          posted: 2024-06-27
          title: T
          text: Tomorrow.
          expect:
            meetings:
              - {date: 2024-06-28, timeOfDay: morning, format: briefing, agendaItem: null, requestedBy: [], briefers: []}
            resolutions: []
            documents: []
            states: []
        """
        #expect(throws: Diagnostic.error("a meeting has no 'rule37' (write null or [] when the post does not say)", path: "x.yml", line: 8)) {
            try LabelledOpenings.parse(missing, file: "x.yml")
        }
        let badDate = missing.replacingOccurrences(of: "briefers: []}", with: "briefers: [], rule37: []}")
            .replacingOccurrences(of: "date: 2024-06-28", with: "date: 2024-02-30")
        #expect(throws: Diagnostic.error("'date' is not a real date as YYYY-MM-DD: 2024-02-30", path: "x.yml", line: 8)) {
            try LabelledOpenings.parse(badDate, file: "x.yml")
        }
        let twice = missing.replacingOccurrences(of: "briefers: []}", with: "briefers: [], rule37: []}")
        #expect(throws: Diagnostic.error("id 'a-1' is used twice (first on line 1)", path: "x.yml", line: 12)) {
            try LabelledOpenings.parse(twice + "\n" + twice, file: "x.yml")
        }
        #expect(throws: Diagnostic.error("'GB' in 'states' is not an ISO 3166-1 alpha-3 code", path: "x.yml", line: 11)) {
            try LabelledOpenings.parse(twice.replacingOccurrences(of: "states: []", with: "states: [GB]"), file: "x.yml")
        }
    }

    @Test func theScorerCountsAgreementsPerField() {
        let expected = OpeningFacts(meetings: [OpeningFacts.Meeting(date: "2024-06-28", timeOfDay: "morning", format: "Arria-formula meeting",
                                                                    requestedBy: ["FRA", "GBR"], briefers: ["José Ruiz-Albéniz", "Ana Lind"])],
                                    resolutions: ["S/RES/2231(2015)"], states: ["FRA", "GBR"])
        let found = OpeningFacts(meetings: [OpeningFacts.Meeting(date: "2024-06-28", timeOfDay: "afternoon", format: "arria-formula meeting",
                                                                 requestedBy: ["FRA", "USA"], briefers: ["jose ruiz-albeniz"])],
                                 resolutions: ["S/RES/2231(2015)"], states: ["FRA", "GBR", "USA"])
        let report = MeetingAccuracyReport(comparing: [(id: "p1", expected: expected, found: found),
                                                       (id: "p2", expected: OpeningFacts(), found: OpeningFacts(meetings: [.init(date: "2024-07-01", format: "vote")]))])
        // Two slots: p1's meeting, and p2's meeting that should not be there.
        #expect(report.scores[.date]?.value == 0.5)
        #expect(report.scores[.timeOfDay]?.value == 0.5)  // p1 wrong; p2 null == null
        #expect(report.scores[.format]?.value == 0.5)     // case-insensitive on p1
        #expect(report.scores[.agendaItem]?.value == 1)
        guard case .overlap(let requesters) = report.scores[.requestedBy], case .overlap(let briefers) = report.scores[.briefers],
              case .overlap(let states) = report.scores[.states] else {
            Issue.record("list fields are not scored by overlap")
            return
        }
        #expect((requesters.truePositives, requesters.falsePositives, requesters.falseNegatives) == (1, 1, 1))
        #expect((briefers.truePositives, briefers.falsePositives, briefers.falseNegatives) == (1, 0, 1))
        #expect((states.precision, states.recall) == (2.0 / 3.0, 1))
        #expect(report.scores[.resolutions]?.value == 1)
        #expect(report.mistakes == [
            "p1: meetings[0].timeOfDay: got afternoon, want morning",
            "p1: meetings[0].requestedBy: got [FRA, USA], want [FRA, GBR]",
            "p1: meetings[0].briefers: got [jose ruiz-albeniz], want [José Ruiz-Albéniz, Ana Lind]",
            "p1: states: got [FRA, GBR, USA], want [FRA, GBR]",
            "p2: meetings: got 1, want 0",
            "p2: meetings[0].date: got 2024-07-01, want null",
            "p2: meetings[0].format: got vote, want null",
        ])
        #expect(report.table.contains("date              2      1     0.500"))
    }

    @Test func foundFactsComeFromThePostJSON() throws {
        let meeting = Meeting(date: CalendarDate(iso: "2024-06-28"), timeOfDay: .morning, format: "open briefing", agendaItem: "Non-proliferation/DPRK",
                              requestedBy: ["FRA"], briefers: [Briefer(name: "Izumi Nakamura", title: "High Representative"),
                                                               Briefer(organization: "Conflict Armament Research")], rule37: ["KOR"])
        let facts = try OpeningFacts(post: Post(metadata: PostMetadata(title: "T", posted: CalendarDate(iso: "2024-06-27")), meeting: meeting))
        #expect(facts.meetings == [OpeningFacts.Meeting(date: "2024-06-28", timeOfDay: "morning", format: "open briefing", agendaItem: "Non-proliferation/DPRK",
                                                        requestedBy: ["FRA"], briefers: ["Izumi Nakamura", "Conflict Armament Research"], rule37: ["KOR"])])
        let none = try OpeningFacts(post: Post(metadata: PostMetadata(title: "T", posted: nil), meetings: []))
        #expect(none.meetings.isEmpty)
    }
}
