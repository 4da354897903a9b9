import Testing
import WIBCore
import WIBTestSupport

/// The annotators reach 0.95 F1 for every entity kind on the hand-labelled set (our paragraphs,
/// and the corpus posts when ../shared is present). `swift run wib-accuracy` prints the figures.
@Suite struct AccuracyTests {
    @Test func everyKindReachesTheTargetF1() throws {
        let paragraphs = try LabelledSet.paragraphs() + LabelledSet.paragraphs(file: "heldout.txt")
        #expect(paragraphs.count >= 40)
        let report = try AccuracyReport(paragraphs: paragraphs, corpus: TestPaths.corpus,
                                        corpusLabels: TestPaths.corpus == nil ? [:] : try LabelledSet.corpusLabels())
        for kind in [EntityKind.resolution, .document, .memberState, .group, .organisation, .person, .date, .vote, .crossReference] {
            let score = try #require(report.scores[kind], "no labels of kind \(kind)")
            #expect(score.f1 >= 0.95, "\(kind): F1 \(score.f1)\n\(report.table)\n\(report.mistakes.joined(separator: "\n"))")
        }
    }
}
