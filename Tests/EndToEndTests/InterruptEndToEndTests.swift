import Foundation
import Testing
import WIBTestSupport

/// Ctrl-C (SIGINT) or `kill` (SIGTERM) while an external filter runs: wib stops the filter with
/// everything it started (it runs in a process group of its own, which the terminal's Ctrl-C
/// does not reach), writes nothing, and exits with 128 + the signal's number.
@Suite struct InterruptEndToEndTests {
    @Test(.timeLimit(.minutes(1)), arguments: [SIGINT, SIGTERM])
    func aSignalStopsTheRunningFilterAndWhatItStarted(_ signalNumber: Int32) throws {
        let folder = try TemporaryFolder()
        for url in TestPaths.posts(in: TestPaths.examplePosts) {
            try folder.write("Posts/\(url.lastPathComponent)", String(contentsOf: url, encoding: .utf8))
        }
        try folder.write("wib.yml", """
            inputs: [Posts]
            output: Out
            pipeline:
              - exec: {command: [sh, -c, "sleep 60 & echo $! > sleeper.pid; wait"], timeout: 120}
              - export: markdown
            """)
        let process = Process()
        process.executableURL = WibProcess.executable
        process.arguments = ["run", "-q"]
        process.currentDirectoryURL = folder.url
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pidFile = folder.url.appendingPathComponent("sleeper.pid")
        var written = ""
        for _ in 0..<1_500 where written.isEmpty {
            Thread.sleep(forTimeInterval: 0.02)
            written = ((try? String(contentsOf: pidFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let sleeper = try #require(pid_t(written), "the filter never started")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signalNumber)
        // Killed with its group, the filter's `sleep 60` is gone (or a zombie) at once; a busy
        // machine gets 30 s to show it.
        for _ in 0..<1_500 where !isGone(sleeper) { Thread.sleep(forTimeInterval: 0.02) }
        #expect(isGone(sleeper), "the `sleep 60` the filter started outlived wib")
        #expect(folder.files().filter { $0.hasPrefix("Out") }.isEmpty, "nothing written")
    }

    /// Whether process `pid` has ended: no such process, or a zombie (Linux's /proc tells).
    private func isGone(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return errno == ESRCH }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") == true
    }
}
