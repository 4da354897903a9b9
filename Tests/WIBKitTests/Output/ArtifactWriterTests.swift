import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct ArtifactWriterTests {
    @Test func writesIntoNewFoldersAndReplacesWholeFiles() throws {
        let folder = try TemporaryFolder()
        let writer = ArtifactWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write(Artifact(relativePath: "2024/a.md", contents: "first"))
        try writer.write(Artifact(relativePath: "2024/a.md", contents: "second"))
        #expect(folder.files() == ["out/2024/a.md"], "no temporary file is left behind")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out/2024/a.md"), encoding: .utf8) == "second")
    }

    /// A pack is written piece by piece as it is rendered: the file, its record and the artifact's
    /// `contents` are those of the whole text.
    @Test func anArtifactMadeInPiecesIsWrittenAsItsWholeText() throws {
        let pieces = ["# Pack\n", "", "Jenča – “quoted” ✓\n", String(repeating: "row\n", count: 10_000)]
        let streamed = Artifact(relativePath: "pack.md", pieces: { write in pieces.forEach(write) })
        let whole = Artifact(relativePath: "pack.md", contents: pieces.joined())
        #expect(streamed.contents == pieces.joined() && streamed == whole)
        let (a, b) = (try TemporaryFolder(), try TemporaryFolder())
        try ArtifactWriter(directory: a.url).write(streamed)
        try ArtifactWriter(directory: b.url).write(whole)
        for name in ["pack.md", ".wib-written"] {
            #expect(try Data(contentsOf: a.url.appendingPathComponent(name)) == Data(contentsOf: b.url.appendingPathComponent(name)), "\(name)")
        }
        #expect(WrittenFiles(in: a.url).isUnchanged("pack.md", in: a.url))
    }

    @Test(arguments: ["../escape.md", "/etc/passwd", "a/../../b.md", "a//b.md", ""])
    func refusesPathsOutsideTheFolder(_ path: String) throws {
        let folder = try TemporaryFolder()
        #expect(throws: Diagnostic.self) { try ArtifactWriter(directory: folder.url).write(Artifact(relativePath: path, contents: "x")) }
        #expect(folder.files().isEmpty)
    }

    @Test func aFailedWriteLeavesTheOldFileAsItWas() throws {
        let folder = try TemporaryFolder()
        let writer = ArtifactWriter(directory: folder.url)
        try writer.write(Artifact(relativePath: "a.md", contents: "old"))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("a.md.dir"), withIntermediateDirectories: true)
        // A destination that is a folder cannot be replaced by a file.
        #expect(throws: Diagnostic.self) { try writer.write(Artifact(relativePath: "a.md.dir", contents: "new")) }
        #expect(try String(contentsOf: folder.url.appendingPathComponent("a.md"), encoding: .utf8) == "old")
        #expect(folder.files() == ["a.md"])
    }
}

@Suite struct ArtifactWriterAllOrNothingTests {
    @Test func writesEveryArtifactOrNone() throws {
        let folder = try TemporaryFolder()
        try folder.write("out/keep.md", "mine")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out/taken.md"), withIntermediateDirectories: true)
        let writer = ArtifactWriter(directory: folder.url.appendingPathComponent("out"))
        let artifacts = [Artifact(relativePath: "new/a.md", contents: "a"), Artifact(relativePath: "taken.md", contents: "b")]
        let error = #expect(throws: Diagnostic.self) { try writer.writeAll(artifacts) }
        #expect(error?.message.contains("nothing was written") == true)
        #expect(folder.files() == ["out/keep.md"])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out/new").path), "a folder it made is removed")
        #expect(try writer.writeAll([artifacts[0]]).count == 1)
        #expect(folder.files() == ["out/keep.md", "out/new/a.md"])
    }

    @Test func aFailedWriteRemovesTheFoldersItMadeButNoOthers() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out/existing"), withIntermediateDirectories: true)
        try folder.write("out/existing/file", "x")
        let writer = ArtifactWriter(directory: folder.url.appendingPathComponent("out"))
        // The second artifact needs a folder where a file is: found before anything is written.
        #expect(throws: Diagnostic.self) {
            try writer.writeAll([Artifact(relativePath: "existing/fresh/a.md", contents: "a"), Artifact(relativePath: "existing/file/b.md", contents: "b")])
        }
        #expect(folder.files() == ["out/existing/file"])
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out/existing").path))
    }

    @Test func doesNotWriteThroughASymbolicLink() throws {
        let folder = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("out/link"), withDestinationURL: outside.url)
        let writer = ArtifactWriter(directory: folder.url.appendingPathComponent("out"))
        let error = #expect(throws: Diagnostic.self) { try writer.writeAll([Artifact(relativePath: "link/a.md", contents: "a")]) }
        #expect(error?.message.contains("symbolic link") == true)
        #expect(outside.files().isEmpty)
    }
}

@Suite struct ArtifactWriterInputTests {
    @Test func neverReplacesAnInputHoweverItIsReached() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("posts/a.txt", "the user's post")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("posts/link.txt").path, withDestinationPath: input)
        try FileManager.default.linkItem(atPath: input, toPath: folder.url.appendingPathComponent("posts/hard.txt").path)
        let writer = ArtifactWriter(directory: folder.url.appendingPathComponent("posts/../posts"), protecting: [input])
        for name in ["a.txt", "hard.txt"] {
            #expect(throws: Diagnostic.self, "\(name) is the input") {
                try writer.writeAll([Artifact(relativePath: "b.txt", contents: "fine"), Artifact(relativePath: name, contents: "converted")])
            }
        }
        #expect(throws: Diagnostic.self, "a link is never written through") { try writer.write(Artifact(relativePath: "link.txt", contents: "converted")) }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "the user's post")
        #expect(folder.files() == ["posts/a.txt", "posts/hard.txt", "posts/link.txt"], "nothing written, not even the other file")
    }

    @Test func theErrorNamesTheInputAndSaysNothingWasWritten() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.txt", "post")
        do {
            try ArtifactWriter(directory: folder.url, protecting: [input]).write(Artifact(relativePath: "a.txt", contents: "x"))
            Issue.record("no error")
        } catch {
            #expect(error.path == input)
            #expect(error.message.contains("would be replaced by the output a.txt") && error.message.hasSuffix("nothing was written"))
        }
    }
}
