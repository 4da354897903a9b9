import Foundation
import Testing
import WIBTestSupport

/// `wib diff`, on two files and on two archived versions of a post.
@Suite struct DiffEndToEndTests {
    private static let post = TestPaths.repository.appendingPathComponent("Tests/Fixtures/Archive/2022-03-01-ukraine-briefing.txt")

    /// The fixture post with its meeting moved a day, China among the requesters and a paragraph added.
    private static func updated() throws -> String {
        try String(contentsOf: post, encoding: .utf8)
            .replacingOccurrences(of: "Tomorrow morning (2 March)", with: "On Thursday morning (3 March)")
            .replacingOccurrences(of: "Russia requested", with: "Russia and China requested")
            .replacingOccurrences(of: "\nKey Issues\n", with: "\nMembers will also hear from the humanitarian coordinator.\n\nKey Issues\n")
    }

    private static let expected = """
        meeting 1, date: 2022-03-02 → 2022-03-03
        meeting 1, requested by: RUS → RUS, CHN
        paragraph 1, changed:
        - Tomorrow morning (2 March), the Security Council will hold a briefing on Ukraine under the “Maintenance of international peace and security” agenda item. Russia requested the meeting. Under-Secretary-General for Political and Peacebuilding Affairs Jane Roe is expected to brief.
        + On Thursday morning (3 March), the Security Council will hold a briefing on Ukraine under the “Maintenance of international peace and security” agenda item. Russia and China requested the meeting. Under-Secretary-General for Political and Peacebuilding Affairs Jane Roe is expected to brief.
        paragraph 2, added:
        + Members will also hear from the humanitarian coordinator.

        """

    @Test func twoFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("new.txt", try DiffEndToEndTests.updated())
        let result = try WibProcess.run(["diff", DiffEndToEndTests.post.path, "new.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "--- \(DiffEndToEndTests.post.path)\n+++ new.txt\n" + DiffEndToEndTests.expected)
        let same = try WibProcess.run(["diff", DiffEndToEndTests.post.path, DiffEndToEndTests.post.path], in: folder.url)
        #expect(same.stdout.hasSuffix("\nno changes\n"))
    }

    @Test func twoArchivedVersions() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("posts/ukraine.txt", try String(contentsOf: DiffEndToEndTests.post, encoding: .utf8))
        #expect(try WibProcess.run(["index", "posts", "--archive", "arc"], in: folder.url).status == 0)
        let one = try WibProcess.run(["diff", "ukraine.txt", "--archive", "arc"], in: folder.url)
        #expect(one.status == 1)
        #expect(one.stderr.contains("has one version only; nothing to compare"), "\(one.stderr)")
        try folder.write("posts/ukraine.txt", try DiffEndToEndTests.updated())
        let index = try WibProcess.run(["index", "posts", "--archive", "arc"], in: folder.url)
        #expect(index.stderr.contains("1 updated"), "\(index.stderr)")
        let result = try WibProcess.run(["diff", "ukraine.txt", "--archive", "arc"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
        #expect(result.stdout.hasPrefix("--- \(canonical) (version 1)\n+++ \(canonical) (version 2)\n"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix(DiffEndToEndTests.expected))
    }

    @Test func usageErrors() throws {
        let result = try WibProcess.run(["diff", DiffEndToEndTests.post.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Name the old post's file and the new one's"))
    }
}
