import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBReaders
import WIBTestSupport

@Suite struct JSONExporterTests {
    @Test(arguments: TestPaths.allPosts)
    func jsonReadsBackIntoTheSamePostAndTheSameBytes(_ url: URL) throws {
        let post = StandardAnnotators.annotate(try TestPaths.read(url))
        #expect(!post.entities.isEmpty)
        let json = try JSONExporter().export(post)
        let reread = try JSONPostReader().read(try SourceText(text: json, path: "x.json"))
        #expect(reread == [post])
        #expect(try JSONExporter().export(reread[0]) == json)
    }

    @Test func keysComeInTheContractsOrder() throws {
        let json = try JSONExporter().export(try TestPaths.example("2025-03-12-sudan"))
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(Array(keys.prefix(3)) == ["schemaVersion", "title", "posted"])
        #expect(keys.firstIndex(of: "meeting")! < keys.firstIndex(of: "resolutions")!)
        #expect(keys[keys.firstIndex(of: "meeting")! + 1] == "meetings")
        #expect(keys.firstIndex(of: "entities")! < keys.firstIndex(of: "body")!)
        #expect(json.contains("\"rule37\": []"))
        #expect(json.contains("\"timeOfDay\": \"morning\""))
    }

    @Test func aPostWithTwoMeetingsReadsBackIntoTheSamePostAndTheSameBytes() throws {
        var post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        post.meetings.append(Meeting(date: CalendarDate(iso: "2025-03-14"), format: "consultations", briefers: [Briefer(organization: "UNITAMS")]))
        let json = try JSONExporter().export(post)
        let reread = try JSONPostReader().read(try SourceText(text: json, path: "x.json"))
        #expect(reread == [post])
        #expect(reread.first?.meetings.count == 2)
        #expect(try JSONExporter().export(reread[0]) == json)
        #expect(json.contains("\"meetings\": [\n    {\n      \"date\": \"2025-03-13\","), "the first meeting opens the list")
    }

    @Test func jsonWrittenBeforeMeetingsExistedReadsAsItsOneMeeting() throws {
        let post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(try JSONExporter().export(post).utf8)) as? [String: Any])
        object["meetings"] = nil
        let old = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let reread = try JSONPostReader().read(try SourceText(text: old, path: "old.json"))
        #expect(reread == [post])
        #expect(reread.first?.meetings == [post.meeting])
    }

    @Test func stringsAreEscapedAsJSONNeeds() throws {
        let post = Post(metadata: PostMetadata(title: "a \"b\" \\ c\u{1}\n\tCôte d’Ivoire / x"))
        let json = try JSONExporter().export(post)
        #expect(json.contains(#""title": "a \"b\" \\ c\u0001\n\tCôte d’Ivoire / x""#))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == post.metadata.title)
        // The line and paragraph separators are escaped; other characters of the same first byte
        // (E2: dashes, curly quotes) are not.
        let separated = Post(metadata: PostMetadata(title: "one\u{2028}two\u{2029}three – “four”\r\u{1F}"))
        let separatedJSON = try JSONExporter().export(separated)
        #expect(separatedJSON.contains(#""title": "one\u2028two\u2029three – “four”\r\u001f""#))
        let separatedObject = try JSONSerialization.jsonObject(with: Data(separatedJSON.utf8)) as? [String: Any]
        #expect(separatedObject?["title"] as? String == separated.metadata.title)
    }

    @Test func aCorpusDecodesThroughTheSameReader() throws {
        let posts = try TestPaths.posts(in: TestPaths.examplePosts).prefix(2).map(TestPaths.read)
        let json = try OrderedJSONEncoder().encode(Corpus(posts: Array(posts)))
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"posts\": ["))
        #expect(try JSONPostReader().read(try SourceText(text: json, path: "c.json")) == Array(posts))
    }
}
