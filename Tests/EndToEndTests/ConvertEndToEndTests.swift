import Foundation
import Testing
import WIBTestSupport

@Suite struct ConvertEndToEndTests {
    static let examples = TestPaths.examplePosts.path

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wib-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"))
    func corpusPostsGiveTheContractsMeetingFields() throws {
        let corpus = try #require(TestPaths.corpus)
        let expected = [
            ("2024-06-27-dprk-open-briefing.txt", "2024-06-27", "2024-06-28", "morning", "open briefing", "Non-proliferation/DPRK"),
            ("2024-10-30-ukraine-briefing.txt", "2024-10-30", "2024-10-30", "afternoon", "briefing", "Maintenance of peace and security of Ukraine"),
        ]
        for (name, posted, date, time, format, agenda) in expected {
            let result = try WibProcess.run(["convert", corpus.appendingPathComponent(name).path, "--to", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let meeting = try #require(json["meeting"] as? [String: Any])
            #expect(json["schemaVersion"] as? Int == 1)
            #expect(json["posted"] as? String == posted)
            #expect(meeting["date"] as? String == date)
            #expect(meeting["timeOfDay"] as? String == time)
            #expect(meeting["format"] as? String == format)
            #expect(meeting["agendaItem"] as? String == agenda)
        }
    }

    @Test(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"))
    func corpusPostsGiveTheContractsAnnotations() throws {
        let corpus = try #require(TestPaths.corpus)
        let june = try json(["convert", corpus.appendingPathComponent("2024-06-27-dprk-open-briefing.txt").path, "--to", "json"])
        let juneMeeting = try #require(june["meeting"] as? [String: Any])
        #expect(juneMeeting["requestedBy"] as? [String] == ["FRA", "JPN", "KOR", "GBR", "USA"])
        let briefers = try #require(juneMeeting["briefers"] as? [[String: Any]])
        #expect(briefers.count == 2)
        #expect(briefers.first?["name"] as? String == "Izumi Nakamitsu")
        #expect(briefers.first?["title"] as? String == "High Representative for Disarmament Affairs")
        #expect(briefers.last?["name"] is NSNull && briefers.last?["organization"] as? String == "Conflict Armament Research")
        #expect((june["resolutions"] as? [[String: Any]])?.compactMap { $0["symbol"] as? String } == ["S/RES/1718(2006)", "S/RES/2270(2016)", "S/RES/1874(2009)"])
        #expect((june["resolutions"] as? [[String: Any]])?.first?["year"] as? Int == 2006)
        #expect(june["states"] as? [String] == ["PRK", "FRA", "JPN", "KOR", "GBR", "USA", "RUS", "CHN", "UKR"])
        let first = try #require((june["entities"] as? [[String: Any]])?.first { $0["kind"] as? String == "resolution" })
        #expect(first["id"] as? String == "S/RES/1718(2006)" && first["text"] as? String == "resolution 1718 of 14 October 2006" && first["line"] as? Int == 10)

        let october = try json(["convert", corpus.appendingPathComponent("2024-10-30-ukraine-briefing.txt").path, "--to", "json"])
        let octoberMeeting = try #require(october["meeting"] as? [String: Any])
        #expect(octoberMeeting["requestedBy"] as? [String] == ["UKR"])
        #expect(octoberMeeting["rule37"] as? [String] == ["UKR", "PRK"])
        #expect((octoberMeeting["briefers"] as? [[String: Any]])?.first?["name"] as? String == "Miroslav Jenča")
        #expect(october["documents"] as? [String] == ["S/2024/255"])
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try WibProcess.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func annotationAndLinksCanBeSwitchedOff() throws {
        let post = "\(ConvertEndToEndTests.examples)/2025-08-20-annual-report-adoption.txt"
        let text = "Tomorrow, the Council will vote on resolution 2719 (S/2025/123) proposed by Malta."
        let standardInput = Data("Posted Tue 4 Mar 2025\n\nMalta: Vote\n\n\(text)\n".utf8)
        let linked = try WibProcess.run(["convert", "-"], input: standardInput)
        #expect(linked.stdout.contains("[resolution 2719](https://undocs.org/S/RES/2719\\(2023\\))"))
        #expect(linked.stdout.contains("[S/2025/123](https://undocs.org/S/2025/123)"))
        #expect(linked.stdout.contains("entities:\n  resolutions:\n  - S/RES/2719(2023)\n  documents:\n  - S/2025/123\n  states:\n  - MLT\n"))
        let plain = try WibProcess.run(["convert", "-", "--no-links", "--no-entity-list"], input: standardInput)
        #expect(plain.stdout.contains(text))
        #expect(!plain.stdout.contains("entities:"))
        let bare = try json(["convert", post, "--to", "json", "--annotate", "none"])
        #expect((bare["entities"] as? [Any])?.isEmpty == true)
        let statesOnly = try WibProcess.run(["convert", "-", "--to", "json", "--annotate", "states"], input: standardInput)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(statesOnly.stdout.utf8)) as? [String: Any])
        #expect(object["states"] as? [String] == ["MLT"])
        #expect((object["resolutions"] as? [Any])?.isEmpty == true)
        let unknown = try WibProcess.run(["convert", post, "--annotate", "states,moods"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown annotator 'moods'"))
    }

    @Test func oneFileGoesToStandardOutputAsMarkdown() throws {
        let result = try WibProcess.run(["convert", "\(ConvertEndToEndTests.examples)/2025-03-12-sudan-open-briefing.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("---\ntitle: 'Sudan: Open Briefing'\n"))
        #expect(result.stdout.contains("\n# Sudan: Open Briefing\n\nTomorrow morning (13 March)"))
        #expect(result.stdout.contains("\n## Key Issues and Options\n"))
    }

    @Test func aDirectoryConvertsIntoOneFilePerPostAndTheSameBytesEachTime() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for format in ["html", "json"] {
            let first = try WibProcess.run(["convert", ConvertEndToEndTests.examples, "--to", format, "--output", out.appendingPathComponent("1").path])
            let second = try WibProcess.run(["convert", ConvertEndToEndTests.examples, "--to", format, "--output", out.appendingPathComponent("2").path])
            #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("1").path).filter { !$0.hasPrefix(".") }.sorted()
            #expect(names.count == TestPaths.posts(in: TestPaths.examplePosts).count)
            #expect(names.allSatisfy { $0.hasSuffix(".\(format)") })
            for name in names {
                let a = try Data(contentsOf: out.appendingPathComponent("1/\(name)"))
                let b = try Data(contentsOf: out.appendingPathComponent("2/\(name)"))
                #expect(a == b, "\(name) differs between runs")
            }
            #expect(first.stderr.contains("7 posts read, 7 files written"))
            try FileManager.default.removeItem(at: out.appendingPathComponent("1"))
            try FileManager.default.removeItem(at: out.appendingPathComponent("2"))
        }
    }

    @Test func badInputsAreEachReportedAndTheGoodOnesStillWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.copyItem(at: TestPaths.examplePosts, to: inputs)
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        try Data([0x50, 0x6F, 0x00, 0x01]).write(to: inputs.appendingPathComponent("binary.txt"))
        try Data("Title\n\n".utf8 + [0xC3, 0x28]).write(to: inputs.appendingPathComponent("latin1.txt"))
        try Data("Title\n\n".utf8 + Data(repeating: 0x61, count: 5 << 20)).write(to: inputs.appendingPathComponent("long.txt"))
        try Data("Groceries\n\nEggs and milk.\n".utf8).write(to: inputs.appendingPathComponent("notes.txt"))
        let out = folder.appendingPathComponent("out")
        let result = try WibProcess.run(["convert", inputs.path, "/no/such/post.txt", "--output", out.path])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 6, "\(result.stderr)")
        #expect(errors.contains { $0.hasPrefix("\(inputs.path)/empty.txt:1: error: the file is empty") })
        #expect(errors.contains { $0.hasPrefix("\(inputs.path)/binary.txt:1: error:") && $0.contains("NUL") })
        #expect(errors.contains { $0.hasPrefix("\(inputs.path)/latin1.txt:3: error:") && $0.contains("UTF-8") })
        #expect(errors.contains { $0.hasPrefix("\(inputs.path)/long.txt:3: error:") })
        #expect(errors.contains { $0.hasPrefix("\(inputs.path)/notes.txt:1: error:") && $0.contains("not a What's In Blue post") })
        #expect(errors.contains { $0.hasPrefix("/no/such/post.txt:1: error: no such file") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.count == 7)
    }

    @Test func standardInputIsReadFromADash() throws {
        let post = try Data(contentsOf: TestPaths.examplePosts.appendingPathComponent("2024-12-30-haiti-mandate-renewal.txt"))
        let result = try WibProcess.run(["convert", "-", "--to", "text"], input: post)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Haiti: BINUH Mandate Renewal\n\nPosted 2024-12-30 · Meeting 2025-01-02 · vote"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let badFormat = try WibProcess.run(["convert", ConvertEndToEndTests.examples, "--to", "docx"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("docx"))
        let severalToStdout = try WibProcess.run(["convert", ConvertEndToEndTests.examples])
        #expect(severalToStdout.status == 2)
        #expect(severalToStdout.stderr.contains("--output"))
        #expect(try WibProcess.run(["convert"]).status == 2)
        #expect(try WibProcess.run(["frobnicate"]).status == 2)
        let help = try WibProcess.run(["convert", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--output"))
    }

    @Test func aMissingFileAloneExitsWithOne() throws {
        let result = try WibProcess.run(["convert", "/no/such/post.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "/no/such/post.txt:1: error: no such file or directory\n")
        #expect(result.stdout.isEmpty)
    }
}
