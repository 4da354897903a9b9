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
        (["no-such-program-wib"], "cannot find the program 'no-such-program-wib' on PATH"),
        (["./missing.sh"], "no program at"),
    ])
    func failuresSayWhatTheProgramDid(_ command: [String], _ message: String) async throws {
        let posts = [try TestPosts.sudan()]
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(command), on: posts) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test func aProgramOverItsTimeLimitIsStopped() async throws {
        let started = Date()
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(["sleep", "30"], timeout: 0.5), on: []) }
        #expect(error?.message == "`sleep 30` took longer than 0.5 s and was stopped; it wrote nothing on standard error")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aProgramWhoseChildrenOutliveItIsStillStoppedInTime() async throws {
        let started = Date()
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(["sh", "-c", "sleep 30 & sleep 30"], timeout: 0.5), on: []) }
        #expect(error?.message.contains("took longer than 0.5 s and was stopped") == true)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aProgramThatIgnoresItsInputDoesNotStopWib() async throws {
        // The corpus is larger than a pipe's buffer; the program exits without reading it.
        let posts = Array(repeating: try TestPosts.sudan(), count: 40)
        let error = await #expect(throws: Diagnostic.self) { try await run(Exec(["true"]), on: posts) }
        #expect(error?.message.contains("did not write a corpus") == true)
    }
}
