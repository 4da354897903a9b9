import Foundation
import GRDB
import Testing
import WIBArchive
import WIBKit
import WIBTestSupport

/// The store: posts added once, versions kept, a failed run changing nothing.
@Suite struct ArchiveTests {
    private static let post = """
        Posted Tue 1 Mar 2022

        Ukraine: Briefing

        Tomorrow morning (2 March), the Security Council will hold a briefing on Ukraine under the “Maintenance of international peace and security” agenda item. Russia requested the meeting.
        """

    @Test func filesUnchangedSinceIndexedAreNotReadAgain() async throws {
        let (_, archive) = try await ArchiveFixtures.indexed()
        let again = await ArchiveIndexing(inputs: [ArchiveFixtures.folder.path]).run(into: archive)
        #expect(again.filesUnchanged == 4 && again.postsRead == 0)
        #expect(again.changes == Archive.Changes())
        var reread = ArchiveIndexing(inputs: [ArchiveFixtures.folder.path])
        reread.rereads = true
        let read = await reread.run(into: archive)
        #expect(read.filesUnchanged == 0 && read.postsRead == 4)
        #expect(read.changes == { var c = Archive.Changes(); c.unchanged = 4; return c }(), "read again, the same posts are left alone")
        #expect(try archive.postCount() == 4)
    }

    @Test func aChangedPostKeepsItsEarlierVersion() async throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("posts/ukraine.txt", ArchiveTests.post)
        let archive = try Archive(folder: folder.url.appendingPathComponent("archive").path, creating: true)
        #expect(await ArchiveIndexing(inputs: [path]).run(into: archive).changes.added == 1)
        try folder.write("posts/ukraine.txt", ArchiveTests.post.replacingOccurrences(of: "Russia requested", with: "France requested"))
        let second = await ArchiveIndexing(inputs: [path]).run(into: archive)
        #expect(second.changes.updated == 1)
        let key = try #require(try archive.keys(matching: "posts/ukraine.txt").first)
        let versions = try archive.versions(key: key)
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions.map(\.post.meeting.requestedBy) == [["RUS"], ["FRA"]])
        #expect(try archive.matches(ArchiveQuery("country:RUS role:requester")).isEmpty, "facts are the current version's")
        #expect(try archive.matches(ArchiveQuery("country:FRA role:requester")).count == 1)
    }

    @Test func anotherCopyReplacesTheKeptOneOnlyWhenRicher() async throws {
        let folder = try TemporaryFolder()
        let whole = try folder.write("a/ukraine.txt", ArchiveTests.post + "\n\nMembers are expected to discuss the humanitarian situation.\n")
        let shorter = try folder.write("b/ukraine.txt", ArchiveTests.post)
        let archive = try Archive(folder: folder.url.appendingPathComponent("archive").path, creating: true)
        _ = await ArchiveIndexing(inputs: [whole]).run(into: archive)
        let copy = await ArchiveIndexing(inputs: [shorter]).run(into: archive)
        #expect(copy.changes.unchanged == 1)
        #expect(try archive.postCount() == 1)
        let other = try TemporaryFolder()
        let archive2 = try Archive(folder: other.url.path, creating: true)
        _ = await ArchiveIndexing(inputs: [shorter]).run(into: archive2)
        #expect(await ArchiveIndexing(inputs: [whole]).run(into: archive2).changes.updated == 1)
        #expect(try archive2.postCount() == 1)
    }

    @Test func aRunWithAnUnreadableInputLeavesTheArchiveAsItWas() async throws {
        let (folder, archive) = try await ArchiveFixtures.indexed()
        let post = try folder.write("new.txt", ArchiveTests.post.replacingOccurrences(of: "Ukraine", with: "Sudan"))
        let empty = try folder.write("empty.txt", "")
        let outcome = await ArchiveIndexing(inputs: [post, empty]).run(into: archive)
        #expect(outcome.failed)
        #expect(outcome.diagnostics.contains { $0.path == empty && $0.severity == .error })
        #expect(try archive.postCount() == 4)
    }

    @Test func aMissingArchiveIsAnErrorThatSaysHowToMakeOne() throws {
        let folder = try TemporaryFolder()
        #expect(throws: Diagnostic.self) { try Archive(folder: folder.url.appendingPathComponent("none").path, creating: false) }
        do {
            _ = try Archive(folder: folder.url.appendingPathComponent("none").path, creating: false)
        } catch {
            #expect(error.message.contains("make one with wib index or wib sync"))
        }
    }

    @Test func theSchemaIsMigratedAndRecorded() async throws {
        let (folder, _) = try await ArchiveFixtures.indexed()
        let queue = try DatabaseQueue(path: folder.url.appendingPathComponent("archive/\(Archive.fileName)").path)
        let applied = try await queue.read { try DatabaseMigrator().appliedIdentifiers($0) }
        #expect(applied == ["v1: posts, meetings, entities, text", "v2: files read"])
        let tables = try await queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        #expect(Set(["post", "meeting", "briefer", "entity", "mention", "postText", "fetch", "sourceFile"]).isSubset(of: Set(tables)))
    }
}
