import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs a program to completion through swift-subprocess: gives it bytes on standard input,
/// collects standard output and standard error up to their limits, and stops it, with every
/// process it started, when it overruns its time limit.
///
/// - The program runs in a process group of its own. A run stopped early (time limit, output
///   over its limit, the calling task cancelled) ends with `SIGKILL` to that whole group, then
///   to the program itself (``killed``). What it started cannot outlive it, nor keep its output
///   open.
/// - Standard input is an unnamed temporary file holding the input, not a pipe: nothing is
///   written to a pipe whose reader may be gone, so no `SIGPIPE` can reach this process and its
///   signal handling is left alone. (swift-subprocess writes a pipe with plain `write`, which
///   raises `SIGPIPE` when the program has exited without reading; its own tests ignore
///   `SIGPIPE` process-wide, which a library must not do to its host.) A program may read its
///   input, part of it, or none, at any pace.
/// - The time limit counts from the moment swift-subprocess hands over the started program, and
///   ends at an instant fixed then. When every Swift concurrency thread is busy (other work in
///   the same process, not the program), the stop can only come later than that instant by the
///   time it takes to resume a task; it never moves the instant itself.
/// - The run ends when the program ends, even if something it left behind still holds its
///   output.
///
/// swift-subprocess issue #374 (a child wedged between `clone` and `exec` by `signal()` in
/// `_subprocess_fork_exec`) needs no workaround here: with glibc 2.34 or later (Debian 12,
/// Ubuntu 22.04) and on macOS, version 1.0.2 starts these programs with `posix_spawn`, never
/// with that fallback. On an older libc a wedged start is still ended by the time limit, as
/// the program itself is killed too, not only the group it has not joined yet.
struct ChildProcess: Sendable {
    /// What a run gave.
    struct Outcome: Sendable {
        /// How the program ended: its exit status, or the signal that ended it.
        var status: TerminationStatus
        /// Whether the time limit stopped it.
        var timedOut: Bool
        /// Standard output.
        var output: Data
        /// Standard error.
        var errorOutput: Data
    }

    /// A program wrote more than its limit on one of its outputs; it was stopped.
    struct OutputOverLimit: Error {
        /// The output: "standard output" or "standard error".
        var stream: String
        /// The limit in bytes.
        var limit: Int
    }

    /// The program.
    let executable: URL
    /// Its arguments.
    let arguments: [String]
    /// Its working directory.
    let directory: URL
    /// Extra environment variables.
    let environment: [Environment.Key: String]
    /// The time limit in seconds.
    let timeout: Double
    /// The most bytes kept from standard output.
    let outputLimit: Int
    /// The most bytes kept from standard error.
    let errorLimit: Int

    /// Who a stop sends `SIGKILL` to, in turn (`toProcessGroup`): the program's process group,
    /// then the program, in case it never joined the group (see the type's notes).
    private static let killed = [true, false]

    /// How swift-subprocess tears a program down when the run ends early: ``killed``.
    private static let stop = killed.map { TeardownStep.send(signal: .kill, toProcessGroup: $0, allowedDurationToNextStep: .zero) }

    /// Runs the program with `input` on standard input.
    ///
    /// Throws ``OutputOverLimit`` when the program wrote too much; any other error (usually a
    /// `SubprocessError`) means it could not be started.
    func run(input: [UInt8]) async throws -> Outcome {
        do {
            let outcome = try await race(input: input)
            await RunningPrograms.shared.waitIfStopping()
            return outcome
        } catch {
            await RunningPrograms.shared.waitIfStopping()
            throw error
        }
    }

    /// The run of ``run(input:)`` against its time limit.
    private func race(input: [UInt8]) async throws -> Outcome {
        let standardInput = try ChildProcess.unnamedFile(holding: input)
        let (starts, started) = AsyncStream.makeStream(of: ContinuousClock.Instant.self)
        return try await withThrowingTaskGroup(of: Ending.self) { group in
            group.addTask { .finished(try await start(reading: standardInput, started: started)) }
            group.addTask {
                // Without a start, the run task has failed, and its error ends the group.
                var iterator = starts.makeAsyncIterator()
                if let start = await iterator.next() {
                    try await Task.sleep(until: start + timeLimit, clock: .continuous)
                }
                return .timeUp
            }
            var timeUp = false
            while let ending = try await group.next() {
                switch ending {
                case .finished(var outcome):
                    group.cancelAll()
                    // A program that ended by itself just as the time ran out keeps its own result.
                    outcome.timedOut = timeUp && outcome.status == .signaled(SIGKILL)
                    return outcome
                case .timeUp:
                    // Cancelling the run kills the program (see `start`).
                    timeUp = true
                    group.cancelAll()
                }
            }
            // Not reached: the run task ends the loop, with its outcome or its error.
            throw CancellationError()
        }
    }

    /// How the race between a run and its time limit ended.
    private enum Ending: Sendable {
        case finished(Outcome)
        case timeUp
    }

    /// The time limit as a duration; one beyond a century is no limit in practice (and would
    /// overflow `Duration`).
    private var timeLimit: Duration {
        .seconds(min(timeout, 100 * 365 * 86_400))
    }

    /// Starts the program once with `standardInput`, and collects its output. Tells `started`
    /// when the program has started.
    private func start(reading standardInput: FileDescriptor,
                       started: AsyncStream<ContinuousClock.Instant>.Continuation) async throws -> Outcome {
        defer { started.finish() }
        var options = PlatformOptions()
        options.processGroupID = 0
        options.teardownSequence = ChildProcess.stop
        let result = try await Subprocess.run(
            .path(FilePath(executable.path)), arguments: Arguments(arguments),
            environment: .inherit.updating(environment.mapValues { $0 }), workingDirectory: FilePath(directory.path),
            platformOptions: options, input: .fileDescriptor(standardInput, closeAfterSpawningProcess: true),
            output: .sequence, error: .sequence
        ) { execution in
            started.yield(.now)
            let group = execution.processIdentifier.value
            RunningPrograms.shared.add(group)
            defer { RunningPrograms.shared.remove(group) }
            return try await withTaskCancellationHandler {
                try await withThrowingTaskGroup(of: (isOutput: Bool, bytes: Data).self) { group in
                    group.addTask { (true, try await ChildProcess.collect(execution.standardOutput, limit: outputLimit, stream: "standard output")) }
                    group.addTask { (false, try await ChildProcess.collect(execution.standardError, limit: errorLimit, stream: "standard error")) }
                    var output = Data(), errorOutput = Data()
                    // The first output over its limit ends the group, and the run: swift-subprocess
                    // then tears the program down with `stop`.
                    for try await collected in group {
                        if collected.isOutput { output = collected.bytes } else { errorOutput = collected.bytes }
                    }
                    return (output, errorOutput)
                }
            } onCancel: {
                // Kill at once, before the output pipes close: cancelled, the collection ends, and a
                // program whose output closed under it could die of SIGPIPE and pass for one that
                // failed by itself. (swift-subprocess's teardown, `stop`, comes a few task switches
                // later; it still stops a program cancelled after this body, whose output is closed.)
                for toProcessGroup in ChildProcess.killed { try? execution.send(signal: .kill, toProcessGroup: toProcessGroup) }
            }
        }
        let (output, errorOutput) = result.closureResult
        return Outcome(status: result.terminationStatus, timedOut: false, output: output, errorOutput: errorOutput)
    }

    /// What `output` gives until it ends (or the run is cancelled); throws ``OutputOverLimit``,
    /// naming `stream`, past `limit` bytes.
    private static func collect(_ output: SubprocessOutputSequence, limit: Int, stream: String) async throws -> Data {
        var bytes = Data()
        for try await buffer in output {
            guard bytes.count + buffer.count <= limit else { throw OutputOverLimit(stream: stream, limit: limit) }
            buffer.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// A temporary file holding `bytes`, open for reading from the start and already removed
    /// from its folder, so that nothing is left behind however the run ends.
    private static func unnamedFile(holding bytes: [UInt8]) throws -> FileDescriptor {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wib-exec-\(UUID().uuidString)").path
        let file = try FileDescriptor.open(FilePath(path), .readWrite, options: [.create, .exclusiveCreate, .closeOnExec],
                                           permissions: .ownerReadWrite)
        do {
            try FileManager.default.removeItem(atPath: path)
            _ = try file.writeAll(bytes)
            _ = try file.seek(offset: 0, from: .start)
            return file
        } catch {
            try? file.close()
            throw error
        }
    }
}
