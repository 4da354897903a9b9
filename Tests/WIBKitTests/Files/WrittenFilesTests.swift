import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct WrittenFilesTests {
    @Test func aFileIsWibsWhileItHoldsTheBytesWibWrote() throws {
        let folder = try TemporaryFolder()
        try ArtifactWriter(directory: folder.url).writeAll([Artifact(relativePath: "a.md", contents: "alpha"), Artifact(relativePath: "2024/b.md", contents: "beta")])
        let record = WrittenFiles(in: folder.url)
        #expect(record.isUnchanged("a.md", in: folder.url))
        #expect(record.isUnchanged("2024/b.md", in: folder.url))
        #expect(!record.isUnchanged("c.md", in: folder.url), "never written")
        try folder.write("a.md", "alpha, edited by hand")
        #expect(!record.isUnchanged("a.md", in: folder.url), "edited: the user's now")
    }

    @Test func laterRunsAddToTheRecordAndItStaysSorted() throws {
        let folder = try TemporaryFolder()
        let writer = ArtifactWriter(directory: folder.url)
        try writer.write(Artifact(relativePath: "z.md", contents: "1"))
        try writer.write(Artifact(relativePath: "a.md", contents: "2"))
        let text = try String(contentsOf: folder.url.appendingPathComponent(WrittenFiles.fileName), encoding: .utf8)
        #expect(text.split(separator: "\n").map { $0.split(separator: " ")[1] } == ["a.md", "z.md"])
    }

    @Test func aDamagedRecordCostsOnlyRecognition() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "alpha")
        try folder.write(WrittenFiles.fileName, "garbage\n\u{1}\u{2}\nnot a hash a.md\n")
        #expect(WrittenFiles(in: folder.url).hashes.isEmpty)
        try ArtifactWriter(directory: folder.url).write(Artifact(relativePath: "b.md", contents: "beta"))
        #expect(WrittenFiles(in: folder.url).hashes.keys.sorted() == ["b.md"])
    }
}
