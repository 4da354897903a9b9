import Testing
import WIBAnnotators
import WIBCore
@testable import WIBExporters
import WIBTestSupport

/// The work done on each post of a pack on every core (dated clauses, index mentions) gives the
/// bytes that a serial run gives.
@Suite struct PackParallelTests {
    /// The example and fixture posts, annotated, then copied with their own posted days and titles
    /// up to `count`: more than one chunk of ``PerPost``'s work.
    private static func posts(_ count: Int) throws -> [Post] {
        let originals = try (TestPaths.posts(in: TestPaths.examplePosts) + TestPaths.posts(in: TestPaths.fixturePosts))
            .map { StandardAnnotators.annotate(try TestPaths.read($0)) }
        return (0..<count).map { index in
            var post = originals[index % originals.count]
            post.metadata.posted = CalendarDate(year: 2020, month: 1, day: 1)!.adding(days: index)
            post.metadata.title += " (\(index / originals.count))"
            return post
        }
    }

    @Test func aParallelPackIsTheSerialPackByteForByte() throws {
        let posts = try PackParallelTests.posts(530)
        var serial = PackExporter()
        serial.parallel = false
        #expect(try PackExporter().export(posts) == serial.export(posts))
        #expect(try PackExporter().export(posts).contains("(40)"), "the copies are in the pack")
    }

    @Test func aParallelHTMLPackIsTheSerialOne() throws {
        let posts = try PackParallelTests.posts(60)
        var serial = PackExporter(format: .html)
        serial.parallel = false
        #expect(try PackExporter(format: .html).export(posts) == serial.export(posts))
    }
}
