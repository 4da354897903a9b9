import Foundation
import Testing
import WIBTestSupport

/// The posted date as the built `wib` reads it from each shape of FORMAT.md, and the edge of the
/// calendar, which once killed `wib convert` with signal 4.
@Suite struct PostedDateEndToEndTests {
    static func fixture(_ name: String) -> String { TestPaths.fixturePosts.appendingPathComponent(name).path }

    /// `wib convert PATH --to json`: the exit status, the JSON and standard error.
    func convert(_ path: String, in directory: URL? = nil) throws -> (status: Int32, json: [String: Any], stderr: String) {
        let result = try WibProcess.run(["convert", path, "--to", "json"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        return (result.status, json, result.stderr)
    }

    /// The ids of the post's date entities.
    func dateIDs(_ json: [String: Any]) -> [String] {
        (json["entities"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "date" }.compactMap { $0["id"] as? String }
    }

    @Test func aBrowsersCopyWithThePostedLineAfterTheTitle() throws {
        let (status, json, stderr) = try convert(PostedDateEndToEndTests.fixture("browser-copy-title-first.txt"))
        #expect(status == 0 && stderr.isEmpty, "\(stderr)")
        #expect(json["title"] as? String == "Libya: Briefing and Consultations")
        #expect(json["posted"] as? String == "2017-07-11")
        #expect((json["meeting"] as? [String: Any])?["date"] as? String == "2017-07-12")
        #expect(dateIDs(json).contains("2017-01-06"), "“On 6 January, … issued” in a July post")
    }

    @Test func theOldSitesPostedOnLine() throws {
        let (status, json, stderr) = try convert(PostedDateEndToEndTests.fixture("whatsinblue-org-posted-on.txt"))
        #expect(status == 0 && stderr.isEmpty, "\(stderr)")
        #expect(json["title"] as? String == "Mali: Consultations on the Sanctions Regime")
        #expect(json["posted"] as? String == "2017-07-11")
        #expect((json["meeting"] as? [String: Any])?["date"] as? String == "2017-07-11")
    }

    @Test func anUndatedPostIsWarnedAboutAndGetsNoDateOfTodays() throws {
        let path = PostedDateEndToEndTests.fixture("undated-pasted-post.txt")
        let (status, json, stderr) = try convert(path)
        #expect(status == 0)
        #expect(stderr.contains("\(path):1: warning: no posted date in the post; the year is unknown, so dates written without a year stay unresolved"))
        #expect(json["posted"] is NSNull)
        #expect((json["meeting"] as? [String: Any])?["date"] is NSNull)
        let ids = dateIDs(json)
        #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("--") }, "\(ids)")
    }

    @Test func anUndatedPostTakesTheYearOfAYearMonthFileName() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: PostedDateEndToEndTests.fixture("undated-pasted-post.txt"), encoding: .utf8)
        try folder.write("2019-03-haiti.txt", text)
        let (status, json, stderr) = try convert("2019-03-haiti.txt", in: folder.url)
        #expect(status == 0)
        #expect(stderr == "2019-03-haiti.txt:1: warning: no posted date in the post; the year 2019 is taken from the file name (2019-03), so dates written without a year are read in 2019\n")
        #expect(json["posted"] is NSNull)
    }

    @Test func theLastDayOfTheCalendarConvertsCleanly() throws {
        let path = PostedDateEndToEndTests.fixture("posted-9999-12-31.txt")
        let (status, json, stderr) = try convert(path)
        #expect(status == 0, "\(stderr)")
        #expect(!stderr.contains("Fatal error") && !stderr.contains("crashed"))
        #expect(json["posted"] as? String == "9999-12-31")
        #expect(json["title"] as? String == "Sudan: Briefing")
        for format in ["markdown", "html"] {
            let result = try WibProcess.run(["convert", path, "--to", format])
            #expect(result.status == 0 && result.stdout.contains("Sudan"), "\(format): \(result.stderr)")
        }
        let folder = try TemporaryFolder()
        let pack = try WibProcess.run(["pack", path, "--output", "pack.md"], in: folder.url)
        #expect(pack.status == 0, "\(pack.stderr)")
    }
}
