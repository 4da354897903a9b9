import Foundation
import WIBKit

/// Writes a corpus of generated posts for benchmarks: the example posts again and again, each
/// copy with its own posted day (so that no two are the same post), into a fresh folder.
struct CorpusGenerator {
    let examples: [String]

    init(examplesFolder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: examplesFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        examples = try names.map { try String(contentsOf: examplesFolder.appendingPathComponent($0), encoding: .utf8) }
    }

    /// Writes `count` posts into `folder` and returns their total size in bytes.
    func write(_ count: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let first = CalendarDate(year: 2000, month: 1, day: 3)!
        var bytes = 0
        // Days run on from 3 January 2000, and start again there before the calendar ends.
        let days = CalendarDate.latest.daysSinceEpoch - first.daysSinceEpoch + 1
        for index in 0..<count {
            let day = first.adding(days: index % days) ?? first
            let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.isoWeekday - 1]
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1]
            let lines = examples[index % examples.count].split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("Posted ") ? "Posted \(weekday) \(day.day) \(month) \(day.year)" : String(line)
            }
            let text = lines.joined(separator: "\n")
            bytes += text.utf8.count
            try text.write(to: folder.appendingPathComponent("\(day)-post-\(index).txt"), atomically: false, encoding: .utf8)
        }
        return bytes
    }
}
