import Foundation

/// Runs the built `wib` the way a user does, and captures what it prints.
struct WibProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `wib` built beside this test bundle.
    static let executable: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("wib") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? bundleFolder.appendingPathComponent("wib")
    }()

    /// Runs `wib arguments…` (or another `program`) in `directory`, feeding `input` on standard
    /// input; stops it after `timeout` seconds (a hang is a failure, not a stuck test run).
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data = Data(), timeout: TimeInterval = 60,
                    program: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wib-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (inURL, outURL, errURL) = (folder.appendingPathComponent("in"), folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
        try input.write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
        }
        let output = try Data(contentsOf: outURL), errors = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                      stderr: String(decoding: errors, as: UTF8.self))
    }
}
