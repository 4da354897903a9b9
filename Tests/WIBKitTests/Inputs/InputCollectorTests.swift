import Testing
import WIBKit
import WIBTestSupport

@Suite struct InputCollectorTests {
    @Test func directoriesAreReadRecursivelyInSortedOrderSkippingHiddenAndForeignFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "x")
        try folder.write("a/z.txt", "x")
        try folder.write("a/y.md", "x")
        try folder.write("a/image.png", "x")
        try folder.write(".hidden.txt", "x")
        try folder.write(".git/objects.txt", "x")
        let (inputs, diagnostics) = InputCollector().collect([folder.url.path])
        #expect(diagnostics.isEmpty)
        #expect(inputs.map(\.outputStem) == ["a/y", "a/z", "b"])
        #expect(inputs.first?.path == folder.url.appendingPathComponent("a/y.md").path)
    }

    @Test func missingPathsAreReportedAndTheRestStillCount() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("post.txt", "x")
        let (inputs, diagnostics) = InputCollector().collect(["/no/such/file.txt", file, "-"])
        #expect(diagnostics.map(\.description) == ["/no/such/file.txt:1: error: no such file or directory"])
        #expect(inputs == [InputFile(path: file, outputStem: "post"), .standardInput])
    }

    @Test func aDirectoryWithoutPostsIsReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.png", "x")
        #expect(InputCollector().collect([folder.url.path]).diagnostics.first?.message.contains("holds no posts") == true)
    }
}
