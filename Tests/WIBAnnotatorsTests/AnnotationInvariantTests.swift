import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBTestSupport

/// Annotation adds spans and keeps everything else: the text, and a second run changes nothing.
@Suite struct AnnotationInvariantTests {
    @Test(arguments: TestPaths.allPosts)
    func annotatingKeepsTheTextAndIsIdempotent(_ url: URL) throws {
        let post = try TestPaths.read(url)
        let once = StandardAnnotators.annotate(post)
        #expect(once.bodyText == post.bodyText)
        #expect(once.body.map(\.range) == post.body.map(\.range))
        #expect(StandardAnnotators.annotate(once) == once)
    }

    @Test func selectionByNameKeepsTheRunningOrderAndRejectsUnknownNames() throws {
        #expect(try StandardAnnotators.selection(["states", "quotations"]).map { type(of: $0).name } == ["quotations", "states"])
        #expect(throws: UnknownAnnotator.self) { try StandardAnnotators.selection(["states", "sentiment"]) }
        #expect(StandardAnnotators.names.count == Set(StandardAnnotators.names).count)
    }
}
