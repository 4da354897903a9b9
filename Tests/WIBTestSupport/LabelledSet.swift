import Foundation
import WIBCore

/// Hand-labelled text for measuring the annotators: `Tests/Labelled/paragraphs.txt` (our own
/// paragraphs, labelled "kind | id | text") and `Tests/Labelled/corpus.txt` (the corpus posts,
/// labelled "file:line | kind | id", so that no corpus text is copied).
public enum LabelledSet {
    /// One labelled paragraph.
    public struct Paragraph: Sendable {
        /// The posted date its dates resolve against.
        public let posted: CalendarDate
        /// The paragraph.
        public let text: String
        /// The expected entities, as "kind | id | text".
        public let labels: [String]
        /// The line of the paragraph in the file.
        public let line: Int
        /// The file's name.
        public let file: String
    }

    /// The folder of the labelled files.
    public static let folder = TestPaths.repository.appendingPathComponent("Tests/Labelled")

    /// The labelled paragraphs of `file` (`paragraphs.txt`, or `heldout.txt`: paragraphs written
    /// after the rules were frozen).
    public static func paragraphs(file: String = "paragraphs.txt") throws -> [Paragraph] {
        let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var result: [Paragraph] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("@ posted "), let posted = CalendarDate(iso: String(line.dropFirst(9))), index + 1 < lines.count else {
                index += 1
                continue
            }
            var labels: [String] = []
            var next = index + 2
            while next < lines.count, !lines[next].isEmpty {
                labels.append(normalised(lines[next]))
                next += 1
            }
            result.append(Paragraph(posted: posted, text: String(lines[index + 1]), labels: labels, line: index + 2, file: file))
            index = next
        }
        return result
    }

    /// The corpus labels, "file:line | kind | id", by file name.
    public static func corpusLabels() throws -> [String: Set<String>] {
        let text = try String(contentsOf: folder.appendingPathComponent("corpus.txt"), encoding: .utf8)
        var result: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon]), default: []].insert(normalised(line[line.index(after: colon)...]))
        }
        return result
    }

    /// "a|b | c" as "a | b | c".
    static func normalised(_ line: some StringProtocol) -> String {
        line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | ")
    }
}
