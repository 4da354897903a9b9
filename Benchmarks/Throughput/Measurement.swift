import Foundation

/// A timed piece of work: seconds, and what it went through.
struct Measurement {
    let name: String
    let seconds: Double
    let bytes: Int
    let posts: Int
    /// Peak resident memory in MB, when known.
    let peakMB: Double?
    /// CPU seconds of a program run, every core, when known: in its own code (user) and in the
    /// kernel for it (system: creating files is most of it, and costs more on a file system that
    /// has just deleted many). On a busy machine wall time grows with the load, CPU time much less.
    var cpu: (user: Double, system: Double)? = nil

    var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
    var postsPerSecond: Double { Double(posts) / seconds }

    /// Times `work`.
    static func time(_ name: String, bytes: Int, posts: Int, _ work: () throws -> Void) rethrows -> Measurement {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Measurement(name: name, seconds: seconds, bytes: bytes, posts: posts, peakMB: nil)
    }

    /// Times `work` `runs` times and keeps the median: one run on a busy machine can be off by a
    /// third.
    static func median(_ name: String, runs: Int = 5, bytes: Int, posts: Int, _ work: () throws -> Void) rethrows -> Measurement {
        var all: [Measurement] = []
        for _ in 0..<runs { all.append(try time(name, bytes: bytes, posts: posts, work)) }
        return all.sorted { $0.seconds < $1.seconds }[runs / 2]
    }

    /// Runs a program to its end, its output thrown away, under GNU time, which reports the
    /// program's own wall time, peak memory and CPU time. `nil` when the program is not installed.
    static func run(_ name: String, _ program: String, _ arguments: [String], bytes: Int, posts: Int,
                    input: URL? = nil) throws -> Measurement? {
        guard let path = locate(program), let time = locate("/usr/bin/time") else { return nil }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("wib-bench-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: time)
        process.arguments = ["-f", "%e %M %U %S", "-o", report.path, path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        try process.run()
        process.waitUntilExit()
        let fields = try String(contentsOf: report, encoding: .utf8).split(whereSeparator: \.isWhitespace).suffix(4).compactMap { Double($0) }
        guard process.terminationStatus == 0, fields.count == 4 else {
            throw BenchmarkError(message: "\(program) \(arguments.joined(separator: " ")) failed (exit status \(process.terminationStatus))")
        }
        return Measurement(name: name, seconds: max(fields[0], 0.01), bytes: bytes, posts: posts, peakMB: fields[1] / 1024,
                           cpu: (fields[2], fields[3]))
    }

    /// Why a benchmark stopped.
    struct BenchmarkError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// A program's path: as given when it has a `/`, else the first on PATH.
    static func locate(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        return (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
