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
        // The corpus is larger than a pipe's buffer; the program exits without reading it.
        let posts = Array(repeating: try TestPosts.sudan(), count: 40)
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(["true"]), on: posts) }
        #expect(error?.message.contains("did not write a corpus") == true)
    }
}
