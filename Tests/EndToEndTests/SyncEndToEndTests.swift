import Foundation
import Testing
import WIBTestSupport

/// `wib sync` against a server on 127.0.0.1 that the test starts; never the internet.
@Suite struct SyncEndToEndTests {
    /// Every file below `folder` with its bytes and modification date.
    private static func snapshot(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] {
            let url = folder.appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files[path] = "\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) \(try Data(contentsOf: url).hashValue)"
        }
        return files
    }

    @Test func syncFetchesExcerptsThenWritesNothingThenKeepsEarlierVersions() throws {
        let server = try LocalHTTPServer()
        SyncFixtures.publish(on: server)
        let folder = try TemporaryFolder()
        let feed = server.url("/feed")

        let first = try WibProcess.run(["sync", feed, "--archive", "arc", "--rate", "50"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("wib: 2 items in the feed, 2 pages fetched, 0 unchanged (304); 2 added, 0 updated, 0 unchanged in arc, 3 requests, 0 warnings, 0 errors, "),
                "\(first.stderr)")
        #expect(server.requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("wib/0.") == true })
        let query = try WibProcess.run(["query", "agenda:mali", "--archive", "arc"], in: folder.url)
        #expect(query.stdout.contains("2025-01-15  briefing  Mali: Briefing  \(server.url(SyncFixtures.maliPath))"), "\(query.stdout)")

        let before = try SyncEndToEndTests.snapshot(folder.url)
        let second = try WibProcess.run(["sync", feed, "--archive", "arc", "--rate", "50"], in: folder.url)
        #expect(second.status == 0)
        #expect(second.stderr.contains("wib: the feed is unchanged (304), 1 request, 0 warnings, 0 errors, "), "\(second.stderr)")
        #expect(server.requests.last?.status == 304)
        #expect(try SyncEndToEndTests.snapshot(folder.url) == before, "a sync with nothing new rewrites no file")

        SyncFixtures.update(server)
        let third = try WibProcess.run(["sync", feed, "--archive", "arc", "--rate", "50"], in: folder.url)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("1 page fetched, 0 unchanged (304); 0 added, 1 updated, 1 unchanged in arc"), "\(third.stderr)")
        let diff = try WibProcess.run(["diff", "mali-briefing", "--archive", "arc"], in: folder.url)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("\nmarked updated: no → yes\n"), "the title's * is the update mark, not part of the title")
        #expect(diff.stdout.contains("\nmeeting 1, time of day: morning → afternoon\nmeeting 1, rule 37: none → NER\n"), "\(diff.stdout)")
        #expect(diff.stdout.contains("\n+ Council members last met on Mali in October.\n"))
    }

    @Test func badArguments() throws {
        let notURL = try WibProcess.run(["sync", "feed.xml", "--archive", "arc"])
        #expect(notURL.status == 2)
        #expect(notURL.stderr.contains("feed.xml: give the feed's address, starting http:// or https://"))
        let rate = try WibProcess.run(["sync", "http://127.0.0.1:9/feed", "--archive", "arc", "--rate", "0"])
        #expect(rate.status == 2)
    }
}
