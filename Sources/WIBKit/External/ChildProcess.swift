import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs a program to completion through swift-subprocess: feeds it bytes on standard input,
/// collects standard output and standard error, and kills it, with every process it started, when
/// it overruns its time limit.
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

    /// Runs the program with `input` on standard input. Throws `SubprocessError` when it cannot
    /// be started.
    ///
    /// The program gets a process group of its own, and the time limit kills that whole group:
    /// processes it started cannot outlive it, nor keep its output open. The run ends when the
    /// program ends, even if something it left behind still holds its output.
    func run(input: [UInt8]) async throws -> Outcome {
        ChildProcess.ignoreBrokenPipes
        let limit = TimeLimit(seconds: timeout)
        defer { limit.stop() }
        var attempt = 1
        while true {
            // The last start is not watched: it runs until it ends or its time is up.
            let watch = StartWatch(enabled: attempt < ChildProcess.starts)
            let outcome = try await start(input: input, limit: limit, watch: watch)
            limit.stop()
            guard watch.stuck, !outcome.timedOut else { return outcome }
            attempt += 1
        }
    }

    /// How many times a program is started when its start gets stuck (see ``StartWatch``).
    static let starts = 3

    /// Starts the program once, under `limit` and `watch`.
    private func start(input: [UInt8], limit: TimeLimit, watch: StartWatch) async throws -> Outcome {
        var options = PlatformOptions()
        options.processGroupID = 0
        let result = try await Subprocess.run(
            .path(FilePath(executable.path)), arguments: Arguments(arguments),
            environment: .inherit.updating(environment.mapValues { $0 }), workingDirectory: FilePath(directory.path),
            platformOptions: options, input: .inputWriter, output: .data(limit: .max), error: .data(limit: .max)
        ) { execution in
            let process = execution.processIdentifier.value
            limit.start(killing: process)
            watch.start(watching: process)
            defer { watch.stop() }
            // A program that exits without reading its input closes the pipe: that is its choice.
            _ = try? await execution.standardInputWriter.write(input)
            try await execution.standardInputWriter.finish()
        }
        // A program that ended by itself just as the time ran out keeps its own result.
        let timedOut = limit.killed && result.terminationStatus == .signaled(SIGKILL)
        return Outcome(status: result.terminationStatus, timedOut: timedOut, output: result.standardOutput, errorOutput: result.standardError)
    }

    /// Writing to a program that has exited must give an error, not end this process.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Restarts a start that got stuck before the program ran.
    ///
    /// swift-subprocess 1.0 can leave a child deadlocked between `clone` and `exec` when other
    /// threads of this process are busy (swiftlang/swift-subprocess#374): it then never runs the
    /// program, holds the pipes open, and would sit until the time limit. A second after the
    /// start, and every second after, the watch reads the child's `/proc/PID/exe` and
    /// `/proc/PID/cmdline`: while they are still this process's own, the child has not reached
    /// `exec`; after five such looks the child is killed and the program started again
    /// (``starts`` times at most).
    private final class StartWatch: @unchecked Sendable {
        private static let queue = DispatchQueue(label: "WIBKit.ChildProcess.StartWatch")
        private static let own = StartWatch.image(of: "self")
        private let enabled: Bool
        private let lock = NSLock()
        private var timer: DispatchSourceTimer?
        private var looks = 0
        private var killed = false

        /// A watch; a disabled one never kills.
        init(enabled: Bool) {
            self.enabled = enabled
        }

        /// The executable and command line of `/proc/<process>`; `nil` when they cannot be read.
        private static func image(of process: String) -> String? {
            guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(process)/exe"),
                  let commandLine = FileManager.default.contents(atPath: "/proc/\(process)/cmdline") else { return nil }
            return executable + "\u{0}" + String(decoding: commandLine, as: UTF8.self)
        }

        /// Whether the child was killed because it never reached `exec`.
        var stuck: Bool { lock.withLock { killed } }

        /// Starts watching the child `process`.
        func start(watching process: pid_t) {
            guard enabled, StartWatch.own != nil else { return }
            let timer = DispatchSource.makeTimerSource(queue: StartWatch.queue)
            timer.setEventHandler { [self] in
                let image = StartWatch.image(of: "\(process)")
                lock.withLock {
                    guard self.timer != nil else { return }
                    if image == StartWatch.own {
                        looks += 1
                        guard looks >= 5 else { return }
                        killed = kill(process, SIGKILL) == 0
                    }
                    // It ran the program (or is gone): nothing more to watch.
                    self.timer?.cancel()
                    self.timer = nil
                }
            }
            timer.schedule(deadline: .now() + 1, repeating: 1)
            lock.withLock { self.timer = timer }
            timer.activate()
        }

        /// Stops watching.
        func stop() {
            lock.withLock {
                timer?.cancel()
                timer = nil
            }
        }
    }

    /// Kills a process group with `SIGKILL` when its time is up, unless stopped first.
    ///
    /// The timer is a Dispatch timer on a queue of its own, not a sleeping task: on a machine
    /// whose Swift concurrency threads are all busy, a task's wake-up waits for a free thread,
    /// and the kill would come late.
    private final class TimeLimit: @unchecked Sendable {
        private static let timers = DispatchQueue(label: "WIBKit.ChildProcess.TimeLimit")
        private let deadline: DispatchTime
        private let lock = NSLock()
        private var timer: DispatchSourceTimer?
        private var groupKilled = false

        /// Whether the time ran out and the group was killed.
        var killed: Bool { lock.withLock { groupKilled } }

        init(seconds: Double) {
            deadline = .now() + seconds
        }

        /// Starts the timer for the process group `group`.
        func start(killing group: pid_t) {
            let timer = DispatchSource.makeTimerSource(queue: TimeLimit.timers)
            timer.setEventHandler { [self] in
                lock.withLock {
                    guard let timer = self.timer else { return }
                    groupKilled = kill(-group, SIGKILL) == 0
                    timer.cancel()
                    self.timer = nil
                }
            }
            timer.schedule(deadline: deadline, leeway: .milliseconds(1))
            lock.withLock { self.timer = timer }
            timer.activate()
        }

        /// Stops the timer, if it has not fired yet.
        func stop() {
            lock.withLock {
                timer?.cancel()
                timer = nil
            }
        }
    }
}
