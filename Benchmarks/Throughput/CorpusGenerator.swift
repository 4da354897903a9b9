import Foundation
import WIBKit

/// Writes a corpus of generated posts in the real shape for benchmarks: the shared corpus posts
/// (`../shared/corpus` beside the repository, when present) and the example posts in turn, each
/// copy moved to its own day, with its states swapped and its length varied, into a fresh folder.
///
/// Copy `i` is source `i mod sources`, moved to a day that runs on from 3 January 2011 across
/// about fifteen years of the corpus: its "Posted" line and every written date ("28 June",
/// "14 October 2006") shift by the same number of days. A post about a country (its file name
/// says which: DPRK, Ukraine, Libya…) names another one of its pool in each round of copies, and
/// each round drops none, one or two of its long paragraphs, so that no two copies are the same
/// post and the pack's indexes and timeline grow as they would with real posts. The sources are
/// read when the benchmark runs; no text of a real post is kept in the repository.
struct CorpusGenerator {
    /// A source post: its text, its file name after the date, and the day in its file name.
    private struct Source {
        let text: String
        let name: String
        let day: CalendarDate
    }

    private let sources: [Source]
    /// Whether the shared corpus posts are among the sources.
    let includesCorpus: Bool

    /// The countries a post's file name may name, each with those its copies name in turn.
    private static let pools: [(key: String, pool: [String])] = [
        ("DPRK", ["DPRK", "Iran", "Syria", "Libya"]), ("Ukraine", ["Ukraine", "Georgia", "Armenia", "Moldova"]),
        ("Libya", ["Libya", "Mali", "Chad", "Niger"]), ("Haiti", ["Haiti", "Colombia", "Cuba"]), ("Sudan", ["Sudan", "Somalia", "Ethiopia"]),
        ("Myanmar", ["Myanmar", "Afghanistan", "Iraq"]), ("Syria", ["Syria", "Lebanon", "Yemen"]),
    ]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let writtenDate = try! NSRegularExpression(pattern: "\\b(\\d{1,2}) (\(months.joined(separator: "|")))(?: (\\d{4}))?")
    private static let postedLine = try! NSRegularExpression(pattern: "Posted \\w{3} \\d+ \\w{3} \\d{4}")

    /// Reads the `.txt` posts of `corpusFolder` (when it exists) and of `examplesFolder`, each
    /// named `YYYY-MM-DD-…`.
    init(corpusFolder: URL, examplesFolder: URL) throws {
        let corpus = FileManager.default.fileExists(atPath: corpusFolder.path) ? try CorpusGenerator.posts(in: corpusFolder) : []
        includesCorpus = !corpus.isEmpty
        sources = try (corpus + CorpusGenerator.posts(in: examplesFolder)).map { url in
            let name = url.lastPathComponent
            guard let day = CalendarDate(iso: String(name.prefix(10))) else {
                throw Measurement.BenchmarkError(message: "\(url.path): a source post's name must start with its date (YYYY-MM-DD-)")
            }
            return Source(text: try String(contentsOf: url, encoding: .utf8), name: String(name.dropFirst(11)), day: day)
        }
        guard !sources.isEmpty else { throw Measurement.BenchmarkError(message: "no posts in \(examplesFolder.path)") }
    }

    private static func posts(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Writes `count` posts into `folder` and returns their total size in bytes.
    func write(_ count: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let start = CalendarDate(year: 2011, month: 1, day: 3)!
        var bytes = 0
        for index in 0..<count {
            let source = sources[index % sources.count]
            let round = index / sources.count
            let day = start.adding(days: index * 5400 / count)!
            var text = CorpusGenerator.moved(source.text, by: day.daysSinceEpoch - source.day.daysSinceEpoch, from: source.day, to: day)
            if let (key, pool) = CorpusGenerator.pools.first(where: { source.name.lowercased().contains($0.key.lowercased()) }) {
                text = CorpusGenerator.replacingWord(key, with: pool[round % pool.count], in: text)
            }
            text = CorpusGenerator.shortened(text, droppingParagraphs: round % 3)
            bytes += text.utf8.count
            let name = "\(day)-\(String(repeating: "0", count: max(0, 4 - String(index).count)))\(index)-\(source.name)"
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return bytes
    }

    /// `text` with its "Posted" line saying `day` and every written date moved by `offset` days
    /// (a date without a year is read in the year of `original`).
    private static func moved(_ text: String, by offset: Int, from original: CalendarDate, to day: CalendarDate) -> String {
        let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.isoWeekday - 1]
        let posted = "Posted \(weekday) \(day.day) \(months[day.month - 1].prefix(3)) \(day.year)"
        // Dates first: the new "Posted" line's own day must not move again.
        let whole = text as NSString
        var pieces: [String] = []
        var last = 0
        for match in writtenDate.matches(in: text, range: NSRange(location: 0, length: whole.length)) {
            let dayNumber = Int(whole.substring(with: match.range(at: 1)))!
            let month = months.firstIndex(of: whole.substring(with: match.range(at: 2)))! + 1
            let year = match.range(at: 3).location == NSNotFound ? nil : Int(whole.substring(with: match.range(at: 3)))
            guard let date = CalendarDate(year: year ?? original.year, month: month, day: dayNumber), let shifted = date.adding(days: offset) else { continue }
            pieces.append(whole.substring(with: NSRange(location: last, length: match.range.location - last)))
            pieces.append("\(shifted.day) \(months[shifted.month - 1])" + (year == nil ? "" : " \(shifted.year)"))
            last = match.range.location + match.range.length
        }
        pieces.append(whole.substring(from: last))
        let moved = pieces.joined()
        return postedLine.stringByReplacingMatches(in: moved, range: NSRange(location: 0, length: (moved as NSString).length),
                                                   withTemplate: NSRegularExpression.escapedTemplate(for: posted))
    }

    /// `text` with every whole word `word` replaced by `replacement`.
    private static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
        guard word != replacement else { return text }
        let pattern = try! NSRegularExpression(pattern: "\\b\(NSRegularExpression.escapedPattern(for: word))\\b")
        return pattern.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length),
                                                withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
    }

    /// `text` without `count` of its long paragraphs (lines of more than 200 characters), taken
    /// from the middle of the post, each with the blank line after it; the first long paragraph
    /// always stays.
    private static func shortened(_ text: String, droppingParagraphs count: Int) -> String {
        guard count > 0 else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let long = lines.indices.filter { lines[$0].count > 200 }
        guard long.count > count + 1 else { return text }
        let middle = long.count / 2
        for line in long[middle..<(middle + count)].reversed() {
            lines.remove(at: line)
            if line < lines.count, lines[line].isEmpty { lines.remove(at: line) }
        }
        return lines.joined(separator: "\n")
    }
}
