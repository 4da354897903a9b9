import Foundation
import Testing
import WIBCore

@Suite struct PostCodingTests {
    static let post = Post(
        metadata: PostMetadata(title: "Malta: Briefing", posted: CalendarDate(iso: "2024-01-02"), topic: "Malta", kind: "Briefing",
                               series: "What's In Blue", source: "a.txt", updated: true, tags: ["Europe"],
                               chrome: [ChromeLine(role: .title, line: 1, text: "Malta: Briefing*")]),
        meeting: Meeting(date: CalendarDate(iso: "2024-01-03"), timeOfDay: .morning, format: "briefing", agendaItem: "X",
                         requestedBy: ["MLT"], briefers: [Briefer(name: "A B", title: "Envoy")], rule37: ["ITA"]),
        body: TraversalFixtures.body,
        diagnostics: [.warning("w", path: "a.txt", line: 2)])

    @Test func roundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(PostCodingTests.post)
        #expect(try JSONDecoder().decode(Post.self, from: data) == PostCodingTests.post)
    }

    @Test func writesTheDerivedIndexesOfTheContract() throws {
        let data = try JSONEncoder().encode(PostCodingTests.post)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["states"] as? [String] == ["MLT"])
        let resolutions = try #require(object["resolutions"] as? [[String: Any]])
        #expect(resolutions.count == 1)
        #expect(resolutions[0]["number"] as? Int == 2719 && resolutions[0]["year"] as? Int == 2023)
        #expect(resolutions[0]["symbol"] as? String == "S/RES/2719(2023)")
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.first?["kind"] as? String == "resolution")
        #expect(entities.first?["line"] as? Int == 5)
        let meeting = try #require(object["meeting"] as? [String: Any])
        #expect(meeting["date"] as? String == "2024-01-03")
    }

    /// `post` with a second meeting, the next day's consultations.
    static var twoMeetings: Post {
        var post = PostCodingTests.post
        post.meetings.append(Meeting(date: CalendarDate(iso: "2024-01-04"), format: "consultations", agendaItem: "Y", rule37: ["GRC"]))
        return post
    }

    @Test func twoMeetingsRoundTripThroughJSON() throws {
        let post = PostCodingTests.twoMeetings
        let data = try JSONEncoder().encode(post)
        let decoded = try JSONDecoder().decode(Post.self, from: data)
        #expect(decoded == post)
        #expect(decoded.meetings.map(\.format) == ["briefing", "consultations"])
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["date"] as? String } == ["2024-01-03", "2024-01-04"])
        #expect(meetings[1]["timeOfDay"] is NSNull && meetings[1]["rule37"] as? [String] == ["GRC"])
        #expect((object["meeting"] as? [String: Any])?["date"] as? String == "2024-01-03", "meeting is the first")
    }

    @Test func jsonWithoutMeetingsGivesItsOneMeeting() throws {
        let json = #"{"schemaVersion": 1, "title": "T", "meeting": {"date": "2024-01-03", "format": "vote"}}"#
        let post = try JSONDecoder().decode(Post.self, from: Data(json.utf8))
        #expect(post.meetings == [Meeting(date: CalendarDate(iso: "2024-01-03"), format: "vote")])
        let allNull = #"{"schemaVersion": 1, "title": "T", "meeting": {"date": null, "timeOfDay": null, "format": null, "agendaItem": null, "requestedBy": [], "briefers": [], "rule37": []}}"#
        #expect(try JSONDecoder().decode(Post.self, from: Data(allNull.utf8)).meetings == [])
        #expect(try JSONDecoder().decode(Post.self, from: Data(#"{"title": "T"}"#.utf8)).meetings == [])
    }

    @Test func meetingsWinOverMeetingWhenBothAreGiven() throws {
        let json = #"{"title": "T", "meeting": {"format": "vote"}, "meetings": [{"format": "briefing"}, {"format": "consultations"}]}"#
        let post = try JSONDecoder().decode(Post.self, from: Data(json.utf8))
        #expect(post.meetings.map(\.format) == ["briefing", "consultations"])
        let none = #"{"title": "T", "meeting": {"format": "vote"}, "meetings": []}"#
        #expect(try JSONDecoder().decode(Post.self, from: Data(none.utf8)).meetings == [])
    }

    @Test func meetingIsTheFirstOfMeetings() {
        var post = Post(metadata: PostMetadata(title: "T"))
        #expect(post.meeting == Meeting() && post.meetings.isEmpty)
        post.meeting = Meeting()
        #expect(post.meetings.isEmpty, "setting the empty meeting on a post without one adds none")
        post.meeting.format = "briefing"
        #expect(post.meetings == [Meeting(format: "briefing")])
        post.meetings.append(Meeting(format: "vote"))
        post.meeting.date = CalendarDate(iso: "2024-01-03")
        #expect(post.meetings == [Meeting(date: CalendarDate(iso: "2024-01-03"), format: "briefing"), Meeting(format: "vote")])
        post.meeting = Meeting()
        #expect(post.meetings == [Meeting(), Meeting(format: "vote")], "a set replaces the first and keeps the rest")
        #expect(Post(metadata: PostMetadata(title: "T"), meeting: Meeting()).meetings.isEmpty)
        #expect(Post(metadata: PostMetadata(title: "T"), meeting: Meeting(format: "vote")).meetings == [Meeting(format: "vote")])
    }

    @Test func writesNullForWhatThePostDoesNotSay() throws {
        let data = try JSONEncoder().encode(Post(metadata: PostMetadata(title: "Bare")))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"topic\":null"))
        #expect(text.contains("\"timeOfDay\":null"))
        #expect(text.contains("\"meetings\":[]"))
    }

    @Test func timeOfDayIsMorningAfternoonOrEvening() throws {
        let json = { (time: String) in #"{"title": "T", "meeting": {"timeOfDay": "\#(time)"}}"# }
        #expect(try JSONDecoder().decode(Post.self, from: Data(json("evening").utf8)).meeting.timeOfDay == .evening)
        do {
            _ = try JSONDecoder().decode(Post.self, from: Data(json("dusk").utf8))
            Issue.record("dusk is no time of day")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "timeOfDay “dusk” is not morning, afternoon or evening")
        }
    }

    @Test func refusesAnotherSchemaVersion() {
        let json = #"{"schemaVersion": 2, "title": "T"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Post.self, from: Data(json.utf8)) }
    }

    @Test func diagnosticsPrintAsPathLineSeverityMessage() {
        #expect(Diagnostic.error("bad", path: "p.txt", line: 4).description == "p.txt:4: error: bad")
        #expect(Diagnostic.warning("odd", path: "p.txt").description == "p.txt:1: warning: odd")
    }
}
