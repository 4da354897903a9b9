import Foundation
import WIBAnnotators
import WIBCore

/// Precision, recall and F1 of the standard annotators on the labelled set, per entity kind.
public struct AccuracyReport: Sendable {
    /// Counts for one kind.
    public struct Score: Sendable {
        /// Found and labelled.
        public var truePositives = 0
        /// Found, not labelled.
        public var falsePositives = 0
        /// Labelled, not found.
        public var falseNegatives = 0

        /// Found and right, over found (1 when nothing was found or expected).
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// Found and right, over expected (1 when nothing was expected).
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// The scores by kind.
    public private(set) var scores: [EntityKind: Score] = [:]
    /// Every disagreement, as "where: missed|extra kind | id | text".
    public private(set) var mistakes: [String] = []

    /// Scores our labelled paragraphs, and the corpus posts when `corpus` is given.
    public init(paragraphs: [LabelledSet.Paragraph], corpus: URL?, corpusLabels: [String: Set<String>]) throws {
        for paragraph in paragraphs {
            let post = Post(metadata: PostMetadata(title: "Labelled", posted: paragraph.posted),
                            body: [.paragraph(Paragraph(content: [.text(paragraph.text)], range: SourceRange(line: paragraph.line)))])
            let found = StandardAnnotators.annotate(post).entities.map { "\($0.entity.kind.rawValue) | \($0.entity.id) | \($0.text)" }
            compare(found: found, expected: paragraph.labels, place: "\(paragraph.file):\(paragraph.line)")
        }
        guard let corpus else { return }
        for (file, labels) in corpusLabels.sorted(by: { $0.key < $1.key }) {
            let post = try TestPaths.read(corpus.appendingPathComponent(file))
            let found = Set(StandardAnnotators.annotate(post).entities.map { "\($0.line) | \($0.entity.kind.rawValue) | \($0.entity.id)" })
            compare(found: found.sorted(), expected: labels.sorted(), place: file)
        }
    }

    /// Counts a multiset comparison of labels, by the kind that starts each label.
    private mutating func compare(found: [String], expected: [String], place: String) {
        var remaining = expected
        for label in found {
            let kind = AccuracyReport.kind(of: label, place: place)
            if let index = remaining.firstIndex(of: label) {
                remaining.remove(at: index)
                scores[kind, default: Score()].truePositives += 1
            } else {
                scores[kind, default: Score()].falsePositives += 1
                mistakes.append("\(place): extra  \(label)")
            }
        }
        for label in remaining {
            scores[AccuracyReport.kind(of: label, place: place), default: Score()].falseNegatives += 1
            mistakes.append("\(place): missed \(label)")
        }
    }

    /// The entity kind a label names (its first field; in corpus labels, the second).
    private static func kind(of label: String, place: String) -> EntityKind {
        let fields = label.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        return fields.lazy.compactMap { EntityKind(rawValue: $0) }.first ?? .number
    }

    /// A table: kind, labelled, found, precision, recall, F1.
    public var table: String {
        var lines = ["kind            labelled  found  precision  recall     F1"]
        for kind in EntityKind.allCases {
            guard let score = scores[kind] else { continue }
            let labelled = score.truePositives + score.falseNegatives
            let found = score.truePositives + score.falsePositives
            lines.append(kind.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: "%8d %6d %10.3f %7.3f %6.3f", labelled, found, score.precision, score.recall, score.f1))
        }
        return lines.joined(separator: "\n")
    }
}
