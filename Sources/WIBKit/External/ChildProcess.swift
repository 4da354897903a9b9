import Foundation

/// Runs a program to completion: feeds it bytes on standard input, collects standard output and
/// standard error, and stops it when it overruns its time limit.
struct ChildProcess: Sendable {
    /// What a run gave.
    struct Outcome: Sendable {
        /// The exit status (or the signal's number, when it was killed by one).
        var status: Int32
        /// Whether the time limit stopped it.
        var timedOut: Bool
        /// Standard output.
        var output: Data
        /// Standard error.
        var errorOutput: Data
    }

    /// The program.
    let executable: URL
    /// Its arguments.
    let arguments: [String]
    /// Its working directory.
    let directory: URL
    /// Extra environment variables.
    let environment: [String: String]
    /// The time limit in seconds.
    let timeout: Double

    /// Runs the program with `input` on standard input, off the caller's thread.
    func run(input: Data) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(input: input) })
            }
        }
    }

    private func runBlocking(input: Data) throws -> Outcome {
        ChildProcess.ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()

        let collected = Collected()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            // A program that exits without reading its input closes the pipe: that is its choice.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { collected.set(output: stdout.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { collected.set(errorOutput: stderr.fileHandleForReading.readDataToEndOfFile()) }

        let pid = process.processIdentifier
        let deadline = DispatchTime.now() + timeout
        DispatchQueue.global().asyncAfter(deadline: deadline) {
            guard process.isRunning else { return }
            collected.markTimedOut()
            process.terminate()
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { if process.isRunning { kill(pid, SIGKILL) } }
        }
        process.waitUntilExit()
        group.wait()
        return Outcome(status: process.terminationStatus, timedOut: collected.timedOut, output: collected.output, errorOutput: collected.errorOutput)
    }

    /// Writing to a program that has exited must give an error, not end this process.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// What the reader threads collect.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var output = Data()
        private(set) var errorOutput = Data()
        private(set) var timedOut = false

        func set(output data: Data) { lock.withLock { output = data } }
        func set(errorOutput data: Data) { lock.withLock { errorOutput = data } }
        func markTimedOut() { lock.withLock { timedOut = true } }
    }
}
