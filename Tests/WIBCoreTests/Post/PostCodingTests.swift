import Foundation
import Testing
import WIBCore

@Suite struct PostCodingTests {
    static let post = Post(
        metadata: PostMetadata(title: "Malta: Briefing", posted: CalendarDate(iso: "2024-01-02"), topic: "Malta", kind: "Briefing",
                               series: "What's In Blue", source: "a.txt", updated: true, tags: ["Europe"],
                               chrome: [ChromeLine(role: .title, line: 1, text: "Malta: Briefing*")]),
        meeting: Meeting(date: CalendarDate(iso: "2024-01-03"), timeOfDay: "morning", format: "briefing", agendaItem: "X",
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

    @Test func writesNullForWhatThePostDoesNotSay() throws {
        let data = try JSONEncoder().encode(Post(metadata: PostMetadata(title: "Bare")))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"topic\":null"))
        #expect(text.contains("\"timeOfDay\":null"))
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
