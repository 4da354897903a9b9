import Foundation
import WIBArchive

// wib-archive-bench: how long the built `wib index` takes over a generated corpus, and how long
// queries take over the archive it made (in this process, the archive already open).
//
//     swift build -c release && swift run -c release wib-archive-bench [POSTS]
//
// POSTS is the corpus size (default 10000): the example posts and the archive tests' posts again
// and again, each copy with its own posted day. Targets: indexing 10,000 posts under 10 s on 2
// cores; a query under 50 ms.

let size = CommandLine.arguments.dropFirst().compactMap { Int($0) }.first ?? 10_000
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let wib = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wib").path
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("wib-archive-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: workspace) }

/// The posts' texts, each with its `Posted …` line at the front.
func templates() throws -> [String] {
    let folders = ["Examples/posts", "Tests/Fixtures/Archive"].map { repository.appendingPathComponent($0) }
    return try folders.flatMap { folder in
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }
}

/// Writes `count` posts into `folder`, the `n`th posted on the `n`th day from 1 January 2000.
func generate(_ count: Int, into folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let texts = try templates()
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "EEE d MMM yyyy"
    let start = Date(timeIntervalSince1970: 946_684_800)
    let posted = try NSRegularExpression(pattern: "Posted [A-Z][a-z]{2} [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}")
    for index in 0..<count {
        let text = texts[index % texts.count]
        let day = formatter.string(from: start.addingTimeInterval(Double(index) * 86_400))
        let dated = posted.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "Posted \(day)")
        try Data(dated.utf8).write(to: folder.appendingPathComponent(String(format: "%05d.txt", index)))
    }
}

#if os(Linux)
let children = Int32(RUSAGE_CHILDREN.rawValue)
#else
let children = RUSAGE_CHILDREN
#endif

/// Runs `wib` with `arguments`; the wall time and the CPU time it took, in seconds.
func runWib(_ arguments: [String]) throws -> (wall: Double, cpu: Double) {
    var before = rusage()
    getrusage(children, &before)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: wib)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    let clock = ContinuousClock()
    let started = clock.now
    try process.run()
    process.waitUntilExit()
    let wall = started.duration(to: clock.now)
    guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    var after = rusage()
    getrusage(children, &after)
    let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    let cpu = seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime) - seconds(before.ru_stime)
    return (Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18, cpu)
}

do {
    guard FileManager.default.isExecutableFile(atPath: wib) else {
        print("no wib beside wib-archive-bench at \(wib): run `swift build -c release` first")
        exit(1)
    }
    let posts = workspace.appendingPathComponent("posts"), archiveFolder = workspace.appendingPathComponent("archive")
    try generate(size, into: posts)
    print("wib-archive-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores; \(size) posts; \(wib)")
    let first = try runWib(["index", posts.path, "--archive", archiveFolder.path, "--quiet"])
    print(String(format: "wib index, a new archive:   %6.2f s (%.2f s of CPU; target < 10 s on 2 cores)", first.wall, first.cpu))
    let again = try runWib(["index", posts.path, "--archive", archiveFolder.path, "--quiet"])
    print(String(format: "wib index again, unchanged: %6.2f s (%.2f s of CPU)", again.wall, again.cpu))
    let archive = try Archive(folder: archiveFolder.path, creating: false)
    let queries = ["country:RUS role:requester agenda:ukraine since:2022-01-01", "resolution:2231", "document:S/2022/141", "format:vote",
                   "person:\"Jane Roe\" role:briefer", "text:\"arms transfers\" -agenda:ukraine", "(format:vote OR resolution:2231) country:GBR"]
    let clock = ContinuousClock()
    for text in queries {
        let query = try ArchiveQuery(text)
        var times: [Duration] = []
        var count = 0
        for _ in 0..<21 {
            let started = clock.now
            count = try archive.matches(query).count
            times.append(started.duration(to: clock.now))
        }
        let median = times.sorted()[times.count / 2]
        let milliseconds = Double(median.components.attoseconds) / 1e15 + Double(median.components.seconds) * 1000
        let name = "'\(text)'".padding(toLength: 64, withPad: " ", startingAt: 0)
        print("query \(name)" + String(format: " %5d posts, %6.1f ms (median of 21; target < 50 ms)", count, milliseconds))
    }
} catch {
    print("wib-archive-bench: \(error)")
    exit(1)
}
