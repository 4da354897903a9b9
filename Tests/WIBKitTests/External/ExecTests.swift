import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct ExecTests {
    private func run(_ exec: Exec, on posts: [Post], in folder: URL? = nil) async throws -> Corpus {
        let context = TransformContext(baseDirectory: folder ?? FileManager.default.temporaryDirectory)
        return try await exec.transform(Corpus(posts: posts), in: context)
    }

    @Test func aProgramThatEchoesItsInputGivesTheCorpusBack() async throws {
        let posts = try TestPosts.all()
        #expect(try await run(Exec(["cat"]), on: posts) == Corpus(posts: posts))
    }

    @Test func theProgramRunsInTheBaseFolderAndItsChangesAreKept() async throws {
        let folder = try TemporaryFolder()
        try folder.write("tools/keep-votes.py", """
            #!/usr/bin/env python3
            import json, os, sys
            corpus = json.load(sys.stdin)
            assert corpus["schemaVersion"] == int(os.environ["WIB_SCHEMA_VERSION"]) == 1
            corpus["posts"] = [p for p in corpus["posts"] if p["meeting"]["format"] == "vote"]
            print("kept", len(corpus["posts"]), file=sys.stderr)
            json.dump(corpus, sys.stdout)
            """)
        let context = TransformContext(baseDirectory: folder.url)
        let corpus = try await Exec(["python3", "tools/keep-votes.py"]).transform(Corpus(posts: try TestPosts.all()), in: context)
        #expect(corpus.posts.map(\.metadata.title) == ["Haiti: BINUH Mandate Renewal"])
        #expect(context.warnings.map(\.message) == ["`python3 tools/keep-votes.py`: kept 1"])
    }

    @Test(arguments: [
        (["sh", "-c", "cat >/dev/null; echo 'no such regime' >&2; exit 3"], "`sh -c cat >/dev/null; echo 'no such regime' >&2; exit 3` failed with exit status 3; its standard error:\nno such regime"),
        (["sh", "-c", "echo hello"], "did not write a corpus"),
        (["sh", "-c", "sed 's/\"schemaVersion\": *1/\"schemaVersion\": 2/'"], "wrote schemaVersion 2; this wib reads schemaVersion 1"),
        (["sh", "-c", "cat >/dev/null; echo '{\"schemaVersion\": 1, \"posts\": [{\"title\": 3}]}'"], "wrote JSON that is not WIBKit's"),
        (["sh", "-c", "cat >/dev/null; kill -9 $$"], "`sh -c cat >/dev/null; kill -9 $$` was killed by signal 9; it wrote nothing on standard error"),
        (["no-such-program-wib"], "cannot find the program 'no-such-program-wib' on PATH"),
        (["./missing.sh"], "no program at"),
    ])
    func failuresSayWhatTheProgramDid(_ command: [String], _ message: String) async throws {
        let posts = [try TestPosts.sudan()]
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(command), on: posts) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    // The two tests below check what a stop does, not how long it takes: a busy machine delays
    // when a test resumes, never whether the program was stopped. A program that was not stopped
    // ends by itself after sleeping and leaves a file behind; a stopped one leaves nothing.

    @Test(.timeLimit(.minutes(1))) func aProgramOverItsTimeLimitIsStopped() async throws {
        let folder = try TemporaryFolder()
        let command = ["sh", "-c", "sleep 20; touch too-late"]
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(command, timeout: 0.5), on: [], in: folder.url) }
        #expect(error?.message == "`sh -c sleep 20; touch too-late` took longer than 0.5 s and was stopped; it wrote nothing on standard error")
        try await waitUntilNoProcessRuns(in: folder)
        #expect(folder.files() == [])
    }

    @Test(.timeLimit(.minutes(1))) func theProcessesAProgramStartedAreStoppedWithIt() async throws {
        let folder = try TemporaryFolder()
        let command = ["sh", "-c", "(sleep 20; touch child-too-late) & sleep 20; touch too-late"]
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(command, timeout: 0.5), on: [], in: folder.url) }
        #expect(error?.message.contains("took longer than 0.5 s and was stopped") == true)
        try await waitUntilNoProcessRuns(in: folder)
        #expect(folder.files() == [])
    }

    @Test(.timeLimit(.minutes(1))) func aProgramThatClosesItsOutputAndRunsOnIsStopped() async throws {
        // Its output ends at once, but the time limit lasts as long as the program.
        let folder = try TemporaryFolder()
        let command = ["sh", "-c", "exec >&- 2>&-; sleep 20; touch too-late"]
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(command, timeout: 0.5), on: [], in: folder.url) }
        #expect(error?.message.contains("took longer than 0.5 s and was stopped") == true, "\(error?.message ?? "")")
        try await waitUntilNoProcessRuns(in: folder)
        #expect(folder.files() == [])
    }

    @Test(.timeLimit(.minutes(1)), arguments: [
        // A child that runs on, then a program that never stops printing.
        (["sh", "-c", "sleep 60 & echo $! > grandchild.pid; yes"], 50, "printed more than 64 MiB on standard output and was stopped"),
        (["sh", "-c", "sleep 60 & echo $! > grandchild.pid; yes >&2"], 50, "printed more than 1 MiB on standard error and was stopped"),
        // A child that runs on, then a program that hangs.
        (["sh", "-c", "sleep 60 & echo $! > grandchild.pid; wait"], 2, "took longer than 2 s and was stopped"),
    ])
    func aStoppedProgramTakesTheProcessesItStartedWithIt(_ command: [String], _ timeout: Double, _ message: String) async throws {
        let folder = try TemporaryFolder()
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(command, timeout: timeout), on: [], in: folder.url) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
        let written = try String(contentsOf: folder.url.appendingPathComponent("grandchild.pid"), encoding: .utf8)
        let grandchild = try #require(pid_t(written.trimmingCharacters(in: .whitespacesAndNewlines)))
        // Killed with its group, it is gone (or a zombie) at once; give a busy machine 30 s to show it.
        for _ in 0..<1_500 where !isGone(grandchild) { try await Task.sleep(for: .milliseconds(20)) }
        #expect(isGone(grandchild), "the `sleep 60` started by the program still runs")
    }

    @Test(arguments: 1...20) func aProgramStoppedWhilePrintingIsReportedAsStopped(_ copy: Int) async throws {
        // `yes` prints as fast as wib reads; twenty at once keep the machine busy. Stopped by its
        // time limit (or, on a fast machine, its output limit), it is killed before its output is
        // closed: it must not die of that first, and pass for a program that failed by itself
        // (killed by signal 13).
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(["yes"], timeout: 0.2), on: []) }
        let message = error?.message ?? ""
        #expect(message == "`yes` took longer than 0.2 s and was stopped; it wrote nothing on standard error"
                || message == "`yes` printed more than 64 MiB on standard output and was stopped", "\(message)")
    }

    /// Whether process `pid` has ended: no such process, or a zombie its new parent has not
    /// collected yet (`kill(pid, 0)` still succeeds on those; Linux's /proc tells them apart).
    private func isGone(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return errno == ESRCH }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // The state follows the command name, which is in parentheses.
        return stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") == true
    }

    /// Waits until no live process has `folder` as its working folder (Linux's /proc tells).
    private func waitUntilNoProcessRuns(in folder: TemporaryFolder) async throws {
        let path = folder.url.resolvingSymlinksInPath().path
        func running() -> [String] {
            let files = FileManager.default
            return ((try? files.contentsOfDirectory(atPath: "/proc")) ?? []).filter {
                Int($0) != nil && (try? files.destinationOfSymbolicLink(atPath: "/proc/\($0)/cwd")) == path
            }
        }
        while !running().isEmpty { try await Task.sleep(for: .milliseconds(20)) }
    }

    @Test func aFileThatIsNoProgramIsNotRun() async throws {
        let folder = try TemporaryFolder()
        try folder.write("tools/notes.txt", "not a program\n")
        try folder.write("tools/garbage", "\u{7F}ELF but not really\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.appendingPathComponent("tools/garbage").path)
        let notExecutable = await #expect(throws: Diagnostic.self) { try await run(Exec(["tools/notes.txt"]), on: [], in: folder.url) }
        #expect(notExecutable?.message.hasSuffix("tools/notes.txt is not executable (chmod +x, or run it through its interpreter)") == true)
        let unstartable = await #expect(throws: Diagnostic.self) { try await run(Exec(["tools/garbage"]), on: [], in: folder.url) }
        #expect(unstartable?.message.hasPrefix("cannot start `tools/garbage`: ") == true, "\(unstartable?.message ?? "")")
    }

    @Test func aProgramThatIgnoresItsInputDoesNotStopWib() async throws {
        // The corpus is larger than a pipe's buffer; the program exits without reading it. Had
        // wib written it to a pipe, SIGPIPE would have ended this process, unless wib ignored
        // SIGPIPE for the whole process, which it must not.
        let pipeIgnored = try sigpipeIgnored()
        let posts = Array(repeating: try TestPosts.sudan(), count: 40)
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(["true"]), on: posts) }
        #expect(error?.message.contains("did not write a corpus") == true)
        #expect(try sigpipeIgnored() == pipeIgnored)
    }

    /// Whether this process ignores SIGPIPE (the `SigIgn` mask of Linux's /proc/self/status).
    private func sigpipeIgnored() throws -> Bool {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") })
        let mask = try #require(UInt64(line.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16))
        return mask >> (SIGPIPE - 1) & 1 == 1
    }

    @Test func aProgramThatReadsItsInputSlowlyGetsAllOfIt() async throws {
        let posts = Array(repeating: try TestPosts.sudan(), count: 40)
        let corpus = try await run(Exec(["sh", "-c", "sleep 0.2; cat"]), on: posts)
        #expect(corpus == Corpus(posts: posts))
    }

    @Test func aTimeLimitBeyondACenturyIsNoLimit() async throws {
        let posts = [try TestPosts.sudan()]
        #expect(try await run(Exec(["cat"], timeout: 1e300), on: posts) == Corpus(posts: posts))
    }
}
