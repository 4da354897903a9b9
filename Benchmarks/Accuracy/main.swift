// Prints the precision, recall and F1 of WIBKit's annotators on the labelled set, per entity
// kind, and every disagreement; then the per-field scores of the meeting facts on the labelled
// openings (Tests/Labelled/openings.yml, and the held-out files when present), with every
// disagreement. Run: swift run wib-accuracy
import Foundation
import WIBTestSupport

do {
    let report = try AccuracyReport(paragraphs: try LabelledSet.paragraphs(), corpus: TestPaths.corpus,
                                    corpusLabels: TestPaths.corpus == nil ? [:] : try LabelledSet.corpusLabels())
    print("Labelled paragraphs: \(try LabelledSet.paragraphs().count); corpus posts: \(TestPaths.corpus == nil ? "absent (../shared/corpus)" : "included")")
    print(report.table)
    if !report.mistakes.isEmpty {
        print("\nDisagreements:")
        report.mistakes.forEach { print("  " + $0) }
    }
    let heldOut = try AccuracyReport(paragraphs: try LabelledSet.paragraphs(file: "heldout.txt"), corpus: nil, corpusLabels: [:])
    print("\nHeld-out paragraphs (written after the rules were frozen): \(try LabelledSet.paragraphs(file: "heldout.txt").count)")
    print(heldOut.table)
    if !heldOut.mistakes.isEmpty {
        print("\nDisagreements:")
        heldOut.mistakes.forEach { print("  " + $0) }
    }
    for file in ["openings.yml", "heldout-openings.yml", "heldout-2-openings.yml", "heldout-3-openings.yml"] where LabelledOpenings.exists(file: file) {
        let meetings = try MeetingAccuracyReport(entries: try LabelledOpenings.load(file: file))
        print("\nLabelled openings (\(file)):")
        print(meetings.table)
        if !meetings.mistakes.isEmpty {
            print("\nDisagreements:")
            meetings.mistakes.forEach { print("  " + $0) }
        }
    }
} catch {
    print("wib-accuracy: \(error)")
    exit(1)
}
