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

    @Test func filesWibWroteAreLeftOutWhereTheyAreOutputsNotWhereTheUserNamesThem() throws {
        let folder = try TemporaryFolder()
        try folder.write("posts/a.txt", "x")
        try ArtifactWriter(directory: folder.url.appendingPathComponent("posts/md")).writeAll([Artifact(relativePath: "a.md", contents: "wib's")])
        try folder.write("posts/md/mine.md", "the user's")
        try ArtifactWriter(directory: folder.url.appendingPathComponent("posts")).write(Artifact(relativePath: "a.json", contents: "{}"))
        let posts = folder.url.appendingPathComponent("posts").path
        // Another run over posts: the outputs of earlier runs inside it are not posts.
        #expect(InputCollector().collect([posts]).inputs.map(\.outputStem) == ["a", "a", "md/mine"],
                "posts/a.json is read: posts/ is the folder named, and this run writes elsewhere")
        // A run that writes into posts/ again: what wib wrote there is left out.
        #expect(InputCollector(outputFolder: posts).collect([posts]).inputs.map(\.outputStem) == ["a", "md/mine"])
        // The user names the output folder itself: they are its posts.
        #expect(InputCollector().collect([folder.url.appendingPathComponent("posts/md").path]).inputs.map(\.outputStem) == ["a", "mine"])
        // Edited by hand, a file is the user's again.
        try folder.write("posts/md/a.md", "edited")
        #expect(InputCollector().collect([posts]).inputs.map(\.outputStem) == ["a", "a", "md/a", "md/mine"])
    }
}
