import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBTestSupport

/// The engine's promises: the finders' order does not matter, overlaps settle by one rule, and
/// users' own finders join the built-in ones.
@Suite struct AnnotationEngineTests {
    /// Every order of the finders that rotating and reversing the standard list gives.
    static var orders: [[any Annotator]] {
        let all = StandardAnnotators.all
        return (0..<all.count).flatMap { shift -> [[any Annotator]] in
            let rotated = Array(all[shift...] + all[..<shift])
            return [rotated, rotated.reversed()]
        }
    }

    @Test(arguments: TestPaths.allPosts)
    func anyOrderOfTheFindersGivesTheSameTree(_ url: URL) throws {
        let post = try TestPaths.read(url)
        let reference = StandardAnnotators.annotate(post)
        for order in AnnotationEngineTests.orders {
            #expect(StandardAnnotators.annotate(post, with: order) == reference, "\(url.lastPathComponent): \(order.map { type(of: $0).name })")
        }
    }

    @Test func aQuotationInsideASentenceKeepsTheSentencesTense() {
        let post = annotated("Members will meet on “the Syria file” on 6 January.", posted: "2024-12-20")
        #expect(mentions(post, .date) == ["2025-01-06 «6 January»"])
    }

    @Test func spansThatCutAcrossEmphasisAreDropped() {
        let inlines: [Inline] = [.text("The Republic "), .emphasis([.text("of Korea spoke")]), .text(".")]
        let post = StandardAnnotators.annotate(Post(metadata: PostMetadata(title: "T"),
                                                     body: [.paragraph(Paragraph(content: inlines, range: SourceRange(line: 1)))]))
        #expect(post.bodyText == "The Republic of Korea spoke.")
        guard case .paragraph(let paragraph) = post.body.first, case .emphasis = paragraph.content[1] else { Issue.record("the emphasis is gone"); return }
        #expect(post.entities.filter { $0.entity.kind == .memberState }.map(\.text) == [], "the name crosses the emphasis")
    }

    @Test func nestedSpansSettleByTheRule() {
        let post = annotated("Resolution 1718 of 14 October 2006 and Special Envoy for Yemen Omar Haddad.")
        #expect(post.entities.map { "\($0.entity.kind.rawValue) \($0.text)" } == [
            "resolution Resolution 1718 of 14 October 2006", "date 14 October 2006",
            "person Special Envoy for Yemen Omar Haddad", "memberState Yemen",
        ])
    }

    /// A user's finder: marks "penholder" and "co-penholders".
    struct PenholderFinder: EntityFinder {
        static let name = "penholders"
        var kinds: Set<EntityKind> { [.number] }
        func spans(in document: AnnotationDocument) -> [FoundSpan] {
            document.blocks.flatMap { block in
                block.tokens.indices.filter { block.isWord($0, "penholder") || block.isWord($0, "penholders") }.map {
                    FoundSpan(block: block.index, range: block.tokens[$0].range, entity: Entity(kind: .number, id: "penholder"))
                }
            }
        }
    }

    @Test func aUsersFinderRunsWithTheBuiltInOnes() {
        let post = annotated("The UK, the penholder on Sudan, requested the meeting.", with: StandardAnnotators.all + [PenholderFinder()])
        #expect(mentions(post, .number) == ["penholder «penholder»"])
        #expect(mentions(post, .memberState) == ["GBR «UK»", "SDN «Sudan»"])
        #expect(StandardAnnotators.annotate(post, with: StandardAnnotators.all + [PenholderFinder()]) == post, "annotating twice changes nothing")
    }
}
