import Foundation
import Testing
import WIBTestSupport

/// What `wib` says, as a person reads it: one line per problem, naming the file they have.
@Suite struct MessagesEndToEndTests {
    @Test func twoHundredCopiesOfAPostAreOneWarningInEveryCommand() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOf: TestPaths.examplePosts.appendingPathComponent("2025-03-12-sudan-open-briefing.txt"), encoding: .utf8)
        for index in 1...200 { try folder.write(String(format: "copies/sudan-%03d.txt", index), text) }
        try folder.write("wib.yml", "inputs: [copies]\noutput: out\npipeline: [annotate, export]\n")
        for arguments in [["convert", "copies", "--output", "out"], ["pack", "copies", "--output", "pack.md"], ["run"]] {
            let result = try WibProcess.run(arguments, in: folder.url)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            let warnings = result.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
            #expect(warnings == ["copies/sudan-001.txt:7: warning: 200 copies of the same post (“Sudan: Open Briefing”, 2025-03-12) were read; this one, the richest, is kept; left out: copies/sudan-002.txt, copies/sudan-003.txt, copies/sudan-004.txt and 196 more"],
                    "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test func warningsAboutOurMarkdownNameTheFileRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("ours.md", """
            ---
            title: 'Sudan: Briefing'
            posted: '2025-03-12'
            source: elsewhere/original.txt
            ---

            # Sudan: Briefing

            This afternoon (12 March), the Council will hold a briefing on Sudan under resolution 2724 (2019).

            """)
        for arguments in [["convert", "ours.md"], ["pack", "ours.md", "--output", "pack.md", "--quiet"]] {
            let result = try WibProcess.run(arguments, in: folder.url)
            #expect(result.stderr == "ours.md:9: warning: resolution 2724 is from 2024 by its number, but the text says 2019; the text's year is used\n",
                    "\(arguments[0]): the file read and its line, not the source in its front matter")
        }
    }

    @Test func aUsageErrorFoundWhileRunningShowsTheCommandsOwnUsage() throws {
        let result = try WibProcess.run(["convert", TestPaths.examplePosts.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: 7 inputs: pass --output DIR to write one file each.\nUsage: wib convert "), "\(result.stderr)")
        #expect(result.stderr.contains("See 'wib convert --help' for more information."))
    }

    @Test func wibsOwnJSONAndPagesReadBackWithoutStaleWarningsOrLostDates() throws {
        let folder = try TemporaryFolder()
        let post = TestPaths.examplePosts.appendingPathComponent("2025-05-07-myanmar-briefing-print.txt").path
        let json = try WibProcess.run(["convert", post, "-o", "mm.json"], in: folder.url)
        #expect(json.stderr.contains("warning: no posted date in the post"), "said once, of the text file")
        let again = try WibProcess.run(["convert", "mm.json", "--to", "json"], in: folder.url)
        #expect(again.status == 0)
        #expect(again.stderr.isEmpty, "not said again of the JSON: \(again.stderr)")
        let haiti = TestPaths.examplePosts.appendingPathComponent("2024-12-30-haiti-mandate-renewal.txt").path
        _ = try WibProcess.run(["convert", haiti, "-o", "haiti.html"], in: folder.url)
        let page = try WibProcess.run(["convert", "haiti.html", "--to", "json"], in: folder.url)
        let object = try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [String: Any]
        #expect(object?["posted"] as? String == "2024-12-30", "the page carries its posted date: \(page.stderr)")
        #expect((object?["meeting"] as? [String: Any])?["date"] as? String == "2025-01-02")
    }
}
