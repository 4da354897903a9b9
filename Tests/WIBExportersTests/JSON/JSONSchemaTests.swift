import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBMarkdown
import WIBTestSupport

/// `Sources/WIBExporters/JSON/post.schema.json` against every JSON that WIBKit writes.
@Suite struct JSONSchemaTests {
    static let schemaURL = TestPaths.repository.appendingPathComponent("Sources/WIBExporters/JSON/post.schema.json")

    private func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: JSONSchemaTests.schemaURL))
    }

    /// Every post we have: examples, the examples' own posts, and the corpus when present.
    static var postFiles: [URL] {
        let examples = TestPaths.repository.appendingPathComponent("Examples")
        return TestPaths.allPosts + TestPaths.posts(in: examples.appendingPathComponent("BriefingPack/Posts"))
            + TestPaths.posts(in: examples.appendingPathComponent("CustomTransformer/Posts"))
    }

    @Test(arguments: postFiles)
    func everyPostsJSONIsValid(_ url: URL) throws {
        let plain = try TestPaths.read(url)
        for post in [plain, StandardAnnotators.annotate(plain)] {
            let json = try JSONExporter().export(post)
            #expect(try validator().errors(in: Data(json.utf8)) == [], "\(url.lastPathComponent)")
        }
    }

    @Test func aCorpusAndEveryKindOfBlockAreValid() throws {
        let posts = try JSONSchemaTests.postFiles.map { StandardAnnotators.annotate(try TestPaths.read($0)) }
        var extra = posts[0]
        // Blocks that posts read from text do not have: read back from Markdown.
        extra.body = CommonMarkParser().parse("> quoted *and* **strong** [link](https://example.org \"t\")\n\n---\n\n1. one\n\n| a | b |\n|:-|-:|\n| c | d |\n\n```mermaid\ntimeline\n```\n")
        extra.body.append(.heading(Heading(level: 3, content: [.text("anchored")], range: SourceRange(line: 1), anchor: "anchored")))
        extra.body.append(.custom(CustomBlock(kind: "box", attributes: ["by": "desk"], blocks: [
            .paragraph(Paragraph(content: [.custom(CustomInline(kind: "gloss", content: [.text("custom")]))], range: SourceRange(line: 2))),
        ], range: SourceRange(firstLine: 2, lastLine: 4))))
        let json = try OrderedJSONEncoder().encode(Corpus(posts: posts + [extra]))
        #expect(try validator().errors(in: Data(json.utf8)) == [])
    }

    @Test func aPostWithTwoMeetingsIsValid() throws {
        var post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        post.meetings.append(Meeting(date: CalendarDate(iso: "2025-03-14"), timeOfDay: .afternoon, format: "consultations",
                                     requestedBy: ["GBR"], briefers: [Briefer(name: "Amara Velasquez")], rule37: ["SDN"]))
        let json = try JSONExporter().export(post)
        try #require(json.contains("\"timeOfDay\": \"afternoon\""))
        #expect(try validator().errors(in: Data(json.utf8)) == [])
        let broken = json.replacingOccurrences(of: "\"timeOfDay\": \"afternoon\"", with: "\"timeOfDay\": \"dusk\"")
        #expect(try validator().errors(in: Data(broken.utf8)).contains { $0.hasPrefix("$.meetings[1].timeOfDay: is not one of") })
    }

    @Test func jsonWrittenBeforeMeetingsExistedIsValid() throws {
        let post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(try JSONExporter().export(post).utf8)) as? [String: Any])
        try #require(object.removeValue(forKey: "meetings") != nil)
        #expect(try validator().errors(in: try JSONSerialization.data(withJSONObject: object)) == [])
    }

    @Test(arguments: [
        ("\"posted\": \"2024-06-27\"", "\"posted\": \"27 June 2024\"", "$.posted: matches 0 of the oneOf schemas"),
        ("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion: is not 1"),
        ("\"updated\": false", "\"updated\": \"no\"", "$.updated: is not of type boolean"),
        ("\"timeOfDay\": \"morning\"", "\"timeOfDay\": \"dawn\"", "$.meeting.timeOfDay: is not one of"),
        ("\"rule37\": []", "\"rule37\": [\"North Korea\"]", "$.meeting.rule37[0]: “North Korea” does not match"),
        ("\"title\": \"Sudan: Open Briefing\"", "\"headline\": \"Sudan: Open Briefing\"", "$: is missing title"),
    ])
    func invalidJSONIsCaught(_ original: String, _ replacement: String, _ expected: String) throws {
        var post = StandardAnnotators.annotate(try TestPaths.example("2025-03-12-sudan"))
        post.metadata.posted = CalendarDate(iso: "2024-06-27")
        let json = try JSONExporter().export(post)
        try #require(json.contains(original))
        let errors = try validator().errors(in: Data(json.replacingOccurrences(of: original, with: replacement).utf8))
        #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
    }

    @Test(.enabled(if: JSONSchemaTests.pythonJSONSchema, "python3 with the jsonschema module is absent: the schema is not checked against the metaschema"))
    func theSchemaIsAValidDraft2020Schema() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json, sys, jsonschema; jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))", JSONSchemaTests.schemaURL.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static let pythonJSONSchema: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
