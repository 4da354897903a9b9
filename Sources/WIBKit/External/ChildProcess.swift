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

    /// Runs the program with `input` on standard input, on threads of its own (blocking work must
    /// not starve Dispatch's or Swift's shared threads).
    func run(input: Data) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            ChildProcess.onThread { continuation.resume(with: Result { try runBlocking(input: input) }) }
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
        let streams = DispatchGroup()
        streams.enter()
        ChildProcess.onThread {
            // A program that exits without reading its input closes the pipe: that is its choice.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
            streams.leave()
        }
        streams.enter()
        ChildProcess.onThread {
            collected.set(output: stdout.fileHandleForReading.readDataToEndOfFile())
            streams.leave()
        }
        streams.enter()
        ChildProcess.onThread {
            collected.set(errorOutput: stderr.fileHandleForReading.readDataToEndOfFile())
            streams.leave()
        }
        let finished = DispatchSemaphore(value: 0)
        ChildProcess.onThread {
            process.waitUntilExit()
            streams.wait()
            finished.signal()
        }
        let deadline = DispatchTime.now() + timeout
        if finished.wait(timeout: deadline) == .success {
            return Outcome(status: process.terminationStatus, timedOut: false, output: collected.output, errorOutput: collected.errorOutput)
        }
        process.terminate()
        if finished.wait(timeout: .now() + 2) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
        }
        // Foundation notices a program's end only when every process holding its output has
        // ended, so a stopped program's children can keep it waiting: stop waiting for them.
        _ = finished.wait(timeout: .now() + 1)
        return Outcome(status: SIGKILL, timedOut: true, output: Data(), errorOutput: collected.errorOutput)
    }

    /// Runs `body` on a new thread.
    private static func onThread(_ body: @escaping @Sendable () -> Void) {
        Thread { body() }.start()
    }

    /// Writing to a program that has exited must give an error, not end this process.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// What the reader threads collect.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var storedOutput = Data()
        private var storedErrorOutput = Data()

        var output: Data { lock.withLock { storedOutput } }
        var errorOutput: Data { lock.withLock { storedErrorOutput } }

        func set(output data: Data) { lock.withLock { storedOutput = data } }
        func set(errorOutput data: Data) { lock.withLock { storedErrorOutput = data } }
    }
}
