import Foundation
import Testing
import WIBKit

@Suite struct ArtifactWriterTests {
    @Test func writesIntoNewFoldersAndReplacesWholeFiles() throws {
        let folder = try TemporaryFolder()
        let writer = ArtifactWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write(Artifact(relativePath: "2024/a.md", contents: "first"))
        try writer.write(Artifact(relativePath: "2024/a.md", contents: "second"))
        #expect(folder.files() == ["out/2024/a.md"], "no temporary file is left behind")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out/2024/a.md"), encoding: .utf8) == "second")
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
