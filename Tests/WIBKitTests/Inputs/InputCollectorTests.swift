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

@Suite struct InputCollectorLeavesOutTests {
    @Test func aBrowsersSaveFolderBesideItsPageIsSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("Sudan briefing.html", "<html></html>")
        try folder.write("Sudan briefing_files/widget.html", "<html><title>Twitter Widget Iframe</title></html>")
        try folder.write("Sudan briefing_files/saved_resource.html", "<html></html>")
        try folder.write("notes_files/kept.txt", "x")  // no notes.html beside it: the user's folder
        #expect(InputCollector().collect([folder.url.path]).inputs.map(\.outputStem) == ["Sudan briefing", "notes_files/kept"])
    }

    @Test func excludedNamesAndPathsAreLeftOutWithTheirFolders() throws {
        let folder = try TemporaryFolder()
        for path in ["2019/a.txt", "2020/a.txt", "2020/drafts/b.txt", "2020/c.bak.txt"] { try folder.write(path, "x") }
        let patterns = ["drafts", "*.bak.txt", "2019/*"].compactMap(GlobPattern.init)
        #expect(InputCollector(excluding: patterns).collect([folder.url.path]).inputs.map(\.outputStem) == ["2020/a"])
    }

    @Test func theRunsOutputFolderInsideTheInputsIsLeftOut() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "x")
        try folder.write("out/a.md", "x")
        try folder.write("out/by-hand.md", "x")
        let collector = InputCollector(outputFolder: folder.url.appendingPathComponent("./out/").path)
        #expect(collector.collect([folder.url.path]).inputs.map(\.outputStem) == ["a"])
    }

    @Test func filesWibWroteAreLeftOutUnlessTheUserNamesAFolderOfThemAlone() throws {
        let folder = try TemporaryFolder()
        try folder.write("posts/a.txt", "x")
        try ArtifactWriter(directory: folder.url.appendingPathComponent("posts/md")).writeAll([Artifact(relativePath: "a.md", contents: "wib's")])
        try ArtifactWriter(directory: folder.url.appendingPathComponent("posts")).write(Artifact(relativePath: "a.html", contents: "<html>"))
        let posts = folder.url.appendingPathComponent("posts").path
        // Beside the user's posts, or in an output folder inside them: not posts.
        #expect(InputCollector().collect([posts]).inputs.map(\.outputStem) == ["a"])
        #expect(InputCollector(outputFolder: posts).collect([posts]).inputs.map(\.outputStem) == ["a"])
        // The user names a folder of wib's outputs alone: they asked for them.
        let md = folder.url.appendingPathComponent("posts/md").path
        #expect(InputCollector().collect([md]).inputs.map(\.outputStem) == ["a"])
        #expect(InputCollector(outputFolder: md).collect([md]).diagnostics.first?.message.contains("holds no posts") == true,
                "but not when the run writes there again")
        // Edited by hand, a file is the user's again.
        try folder.write("posts/md/a.md", "edited")
        try folder.write("posts/a.html", "<html>edited")
        #expect(InputCollector().collect([posts]).inputs.map(\.outputStem) == ["a", "a", "md/a"])
    }
}
