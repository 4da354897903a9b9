import Foundation
import Testing
import WIBArchive
import WIBKit
import WIBTestSupport

/// Following a feed served on 127.0.0.1 into an archive.
@Suite struct FeedSyncTests {
    private static func sync(_ server: LocalHTTPServer, into archive: Archive) async -> FeedSync.Outcome {
        let fetcher = HTTPFetcher(rate: 0, userAgent: "wib/test", attempts: 2, retryDelay: 0.01)
        return await FeedSync(feed: URL(string: server.url("/feed"))!, fetcher: fetcher).run(into: archive)
    }

    @Test func excerptsAndNewPostsAreFetchedThenA304EndsTheNextRun() async throws {
        let server = try LocalHTTPServer()
        SyncFixtures.publish(on: server)
        let folder = try TemporaryFolder()
        let archive = try Archive(folder: folder.url.path, creating: true)
        let first = await FeedSyncTests.sync(server, into: archive)
        #expect(!first.failed, "\(first.diagnostics)")
        #expect(first.items == 2 && first.pagesFetched == 2)
        #expect(first.changes.added == 2)
        let mali = try archive.matches(ArchiveQuery("country:FRA role:requester"))
        #expect(mali.map(\.title) == ["Mali: Briefing"])
        #expect(try archive.posts(of: mali).first?.metadata.truncated == false, "the page's whole copy, not the feed's excerpt")
        #expect(folder.files().filter { $0.hasPrefix("pages/") }.count == 2)
        let second = await FeedSyncTests.sync(server, into: archive)
        #expect(second.feedUnchanged)
        #expect(server.requests.map(\.status) == [200, 200, 200, 304])
        #expect(server.requests.last?.headers["if-none-match"] == "\"feed-1\"")
    }

    @Test func anUpdatedPostKeepsItsEarlierVersion() async throws {
        let server = try LocalHTTPServer()
        SyncFixtures.publish(on: server)
        let folder = try TemporaryFolder()
        let archive = try Archive(folder: folder.url.path, creating: true)
        _ = await FeedSyncTests.sync(server, into: archive)
        SyncFixtures.update(server)
        let outcome = await FeedSyncTests.sync(server, into: archive)
        #expect(!outcome.failed, "\(outcome.diagnostics)")
        #expect(outcome.changes.updated == 1 && outcome.changes.unchanged == 1)
        let pair = try archive.versionPair(of: "mali-briefing")
        #expect(pair.numbers == (1, 2))
        #expect(pair.old.meeting.timeOfDay == .morning && pair.new.meeting.timeOfDay == .afternoon)
        #expect(pair.new.meeting.rule37 == ["NER"])
        #expect(folder.files().filter { $0.hasPrefix("pages/") }.count == 3, "both versions of the Mali page are kept")
        // The Mali page was asked for with its ETag; Yemen's, whole in the feed and kept, not at all.
        let maliRequests = server.requests.filter { $0.path == SyncFixtures.maliPath }
        #expect(maliRequests.map { $0.headers["if-none-match"] } == [nil, "\"mali-1\""])
        #expect(server.requests.filter { $0.path == SyncFixtures.yemenPath }.count == 1)
    }

    @Test func aPostChangedInTheFeedWithoutAStarHasItsPageFetchedAgain() async throws {
        let server = try LocalHTTPServer()
        SyncFixtures.publish(on: server)
        let folder = try TemporaryFolder()
        let archive = try Archive(folder: folder.url.path, creating: true)
        _ = await FeedSyncTests.sync(server, into: archive)
        SyncFixtures.reviseYemen(server)
        let outcome = await FeedSyncTests.sync(server, into: archive)
        #expect(outcome.pagesFetched == 1 && outcome.changes.updated == 1, "\(outcome)")
        let yemen = server.requests.filter { $0.path == SyncFixtures.yemenPath }
        #expect(yemen.map { $0.headers["if-modified-since"] } == [nil, "Tue, 14 Jan 2025 09:00:00 GMT"])
        let pair = try archive.versionPair(of: "yemen-consultations")
        #expect(pair.old.meeting.timeOfDay == .afternoon && pair.new.meeting.timeOfDay == .morning)
    }

    @Test func anExcerptNeverReplacesAWholeCopy() async throws {
        let server = try LocalHTTPServer()
        SyncFixtures.publish(on: server)
        let folder = try TemporaryFolder()
        let archive = try Archive(folder: folder.url.path, creating: true)
        _ = await FeedSyncTests.sync(server, into: archive)
        SyncFixtures.update(server)
        server.set(SyncFixtures.maliPath, .init("gone", failures: 5))
        let outcome = await FeedSyncTests.sync(server, into: archive)
        #expect(!outcome.failed)
        #expect(outcome.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("cannot fetch the page: HTTP 503") })
        #expect(outcome.changes.updated == 0)
        let pair = try? archive.versionPair(of: "mali-briefing")
        #expect(pair == nil, "still one version, the whole one")
    }

    @Test func aFeedThatCannotBeFetchedIsAnError() async throws {
        let server = try LocalHTTPServer()
        let folder = try TemporaryFolder()
        let archive = try Archive(folder: folder.url.path, creating: true)
        let outcome = await FeedSyncTests.sync(server, into: archive)
        #expect(outcome.failed)
        #expect(outcome.diagnostics.map(\.description) == ["\(server.url("/feed")):1: error: cannot fetch the feed: HTTP 404"])
    }
}
