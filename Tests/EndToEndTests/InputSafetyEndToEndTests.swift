import Foundation
import Testing
import WIBTestSupport

/// Nothing lost, nothing read twice: `wib` run the way people run it, with outputs pointed at
/// their own folders of posts.
@Suite struct InputSafetyEndToEndTests {
    /// A folder with the example posts under `posts/`.
    private func posts() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for url in TestPaths.posts(in: TestPaths.examplePosts) {
            try folder.write("posts/\(url.lastPathComponent)", String(contentsOf: url, encoding: .utf8))
        }
        return folder
    }

    /// Every file below `folder` (hidden ones too) with its bytes.
    private func snapshot(_ folder: TemporaryFolder) -> [String: Data] {
        let paths = FileManager.default.enumerator(atPath: folder.url.path)?.allObjects as? [String] ?? []
        return Dictionary(uniqueKeysWithValues: paths.compactMap { path in
            FileManager.default.contents(atPath: folder.url.appendingPathComponent(path).path).map { (path, $0) }
        })
    }

    @Test func anOutputFolderThatIsTheInputFolderNeverReplacesAPost() throws {
        let folder = try posts()
        let before = snapshot(folder)
        let result = try WibProcess.run(["convert", "posts", "--to", "text", "--output", "posts"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("posts/2022-11-03-libya-consultations.txt:1: error: this input would be replaced by the output 2022-11-03-libya-consultations.txt; wib never replaces its inputs"),
                "\(result.stderr)")
        #expect(snapshot(folder) == before, "nothing written, nothing replaced")
    }

    @Test func convertingIntoTheInputFolderTwiceReadsOnlyThePosts() throws {
        let folder = try posts()
        let first = try WibProcess.run(["convert", "posts", "--output", "posts", "--quiet"], in: folder.url)
        let afterFirst = snapshot(folder)
        let second = try WibProcess.run(["convert", "posts", "--output", "posts"], in: folder.url)
        #expect(first.status == 0 && second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("wib: 7 posts read, 7 files written to posts"), "the Markdown written the first time is not read: \(second.stderr)")
        #expect(snapshot(folder) == afterFirst, "the same bytes again")
    }

    @Test func outputsWrittenBesideThePostsAreNotReadByTheNextRun() throws {
        let folder = try posts()
        let html = try WibProcess.run(["convert", ".", "--to", "html", "--output", ".", "--quiet"], in: folder.url.appendingPathComponent("posts"))
        #expect(html.status == 0, "\(html.stderr)")
        for arguments in [["convert", "posts", "--output", "out"], ["pack", "posts", "--output", "pack.md"]] {
            let result = try WibProcess.run(arguments, in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("wib: 7 posts read"), "the pages wib wrote are not posts: \(result.stderr)")
            #expect(!result.stderr.contains("copies"))
        }
        // Named alone, a folder of wib's pages is read.
        let pages = try WibProcess.run(["convert", "posts", "--to", "html", "--output", "pages", "--quiet"], in: folder.url)
        #expect(pages.status == 0)
        let named = try WibProcess.run(["pack", "pages", "--output", "pages.md"], in: folder.url)
        #expect(named.stderr.contains("wib: 7 posts read"), "\(named.stderr)")
    }

    @Test func anOutputFolderInsideTheInputsIsNotReadBack() throws {
        let folder = try posts()
        for _ in 1...2 {
            let result = try WibProcess.run(["convert", ".", "--output", "out"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("wib: 7 posts read, 7 files written to out"), "\(result.stderr)")
        }
        #expect(folder.files().filter { $0.hasPrefix("out/") }.count == 7)
        #expect(!folder.files().contains { $0.hasPrefix("out/out") })
    }

    @Test func packsWrittenAmongThePostsAreNeverReadAsPosts() throws {
        let folder = try posts()
        for output in ["posts/pack.md", "posts/pack.md", "posts/pack.html", "elsewhere.md"] {
            let result = try WibProcess.run(["pack", "posts", "--output", output], in: folder.url)
            #expect(result.status == 0, "\(output): \(result.stderr)")
            #expect(result.stderr.contains("wib: 7 posts read, 7 in the pack"), "\(output): \(result.stderr)")
        }
        // Named on purpose, a pack is a clear error.
        let named = try WibProcess.run(["convert", "posts/pack.html"], in: folder.url)
        #expect(named.status == 1)
        #expect(named.stderr.hasPrefix("posts/pack.html:1: error: this is a briefing pack"))
    }

    @Test func aPackNeverReplacesAPost() throws {
        let folder = try posts()
        // A post saved as Markdown, and a pack told to go to that very file.
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("posts/2025-03-12-sudan-open-briefing.txt"),
                                         to: folder.url.appendingPathComponent("posts/sudan.md"))
        let before = snapshot(folder)
        let result = try WibProcess.run(["pack", "posts", "--output", "posts/sudan.md"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("would be replaced by the output"), "\(result.stderr)")
        #expect(snapshot(folder) == before)
    }

    @Test func oneFileOutputNeverReplacesItsInput() throws {
        let folder = try posts()
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("posts/2025-03-12-sudan-open-briefing.txt"),
                                         to: folder.url.appendingPathComponent("posts/sudan.md"))
        let before = snapshot(folder)
        for output in ["posts/sudan.md", "posts/../posts/sudan.md"] {
            let result = try WibProcess.run(["convert", "posts/sudan.md", "-o", output], in: folder.url)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("posts/sudan.md:1: error: this input would be replaced by the output sudan.md"), "\(result.stderr)")
        }
        #expect(snapshot(folder) == before)
    }

    @Test func aPipelineWritingOverItsInputsWritesNothing() throws {
        let folder = try posts()
        try folder.write("wib.yml", "inputs: [posts]\noutput: .\npipeline:\n  - export: {format: text, folder: posts}\n")
        let before = snapshot(folder)
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("would be replaced by the output posts/"), "\(result.stderr)")
        #expect(snapshot(folder) == before)
    }

    @Test func aBrowsersCompleteSaveIsOnePost() throws {
        let folder = try TemporaryFolder()
        let page = TestPaths.repository.appendingPathComponent("Examples/web/2025-03-12-sudan-open-briefing.html")
        try folder.write("saved/Sudan_ Open Briefing.html", String(contentsOf: page, encoding: .utf8))
        try folder.write("saved/Sudan_ Open Briefing_files/widget.html",
                         "<!DOCTYPE html><html><head><title>Twitter Widget Iframe</title></head><body><p>Follow us</p></body></html>")
        try folder.write("saved/Sudan_ Open Briefing_files/saved_resource.html", "<html><body></body></html>")
        let result = try WibProcess.run(["pack", "saved", "--output", "pack.md"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wib: 1 post read, 1 in the pack"), "\(result.stderr)")
        #expect(!result.stderr.contains("_files"))
    }

    @Test func excludeLeavesFilesAndFoldersOutOfEveryCommand() throws {
        let folder = try posts()
        try folder.write("posts/drafts/draft.txt", "Posted Mon 1 Jan 2024\n\nDraft: Not a Post\n\nThis morning (1 January) nothing happens.\n")
        let convert = try WibProcess.run(["convert", "posts", "--exclude", "drafts", "--exclude", "2022-*", "--output", "out"], in: folder.url)
        #expect(convert.stderr.contains("wib: 6 posts read"), "\(convert.stderr)")
        let pack = try WibProcess.run(["pack", "posts", "--exclude", "drafts/*", "--output", "pack.md"], in: folder.url)
        #expect(pack.stderr.contains("wib: 7 posts read"), "\(pack.stderr)")
        try folder.write("wib.yml", "inputs: [posts]\nexclude: ['*-print.txt']\noutput: run\npipeline: [export]\n")
        let run = try WibProcess.run(["run", "--exclude", "drafts"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("wib: 6 posts read"), "the file's pattern and the option's both hold: \(run.stderr)")
    }
}
