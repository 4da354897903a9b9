import Foundation
import Testing
import WIBTestSupport

/// The pack's output file, empty packs, undated posts and country codes, as a user meets them.
@Suite struct PackOutputEndToEndTests {
    static let undated = TestPaths.fixturePosts.appendingPathComponent("undated-pasted-post.txt").path

    @Test(arguments: ["pack.pdf", "pack.docx", "pack", "pack.tex"])
    func aFileOfAnotherFormatIsAUsageErrorBeforeAnyWork(_ file: String) throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", "/no/such/posts", "--output", file], in: folder.url)
        #expect(result.status == 2, "the bad output is found before the missing input")
        #expect(result.stderr.contains("--output \(file): a pack is written as Markdown or HTML; give a file ending in .md, .markdown, .html or .htm"), "\(result.stderr)")
        #expect(folder.files().isEmpty)
    }

    @Test(arguments: ["pack.markdown", "pack.HTM"])
    func everyPackExtensionIsWritten(_ file: String) throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", file, "-q"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pack = try String(contentsOf: folder.url.appendingPathComponent(file), encoding: .utf8)
        #expect(pack.hasPrefix(file.hasSuffix("HTM") ? "<!DOCTYPE html>" : "---\n"))
    }

    @Test func anEmptyPackIsAnErrorThatSaysWhyAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "p.md", "--since", "2030-01-01"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the pack p.md would list no posts: of the 7 posts read, none met the filter (since 2030-01-01); nothing was written (--allow-empty"),
                "\(result.stderr)")
        #expect(result.stderr.hasSuffix("wib: the pack was not written\n"))
        #expect(folder.files().isEmpty)

        let allowed = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "p.md", "--since", "2030-01-01", "--allow-empty"], in: folder.url)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: no post reached the pack p.md; it lists none"))
        #expect(folder.files() == ["p.md"])
        #expect(try String(contentsOf: folder.url.appendingPathComponent("p.md"), encoding: .utf8).contains("*0 posts. Filter: since 2030-01-01.*"))
    }

    @Test func aCorpusOfNoPostsIsAnEmptyPackToo() throws {
        let folder = try TemporaryFolder()
        try folder.write("posts/none.json", "{\"schemaVersion\": 1, \"posts\": []}\n")
        let result = try WibProcess.run(["pack", "posts", "--output", "p.html"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the pack p.html would list no posts: no posts were read;"), "\(result.stderr)")
        #expect(folder.files() == ["posts/none.json"])
    }

    @Test func anEmptyPackInAPipelineFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("Posts/sudan.txt", String(contentsOfFile: TestPaths.examplePosts.appendingPathComponent("2025-03-12-sudan-open-briefing.txt").path, encoding: .utf8))
        try folder.write("wib.yml", "inputs: [Posts]\noutput: Out\npipeline:\n  - filter: {country: hti}\n  - export: {format: pack, file: haiti.md}\n")
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("wib.yml:5: error: step 'export': the pack haiti.md would list no posts: of the 1 post read, none met the filter (country HTI)"), "\(result.stderr)")
        #expect(!folder.files().contains { $0.hasPrefix("Out/") })
        try folder.write("wib.yml", "inputs: [Posts]\noutput: Out\npipeline:\n  - filter: {country: hti}\n  - export: {format: pack, file: haiti.md, allowEmpty: true}\n")
        let allowed = try WibProcess.run(["run"], in: folder.url)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(folder.files().contains("Out/haiti.md"))
    }

    @Test func aPipelinePackOfAnotherFormatIsRefusedBeforeReading() throws {
        let folder = try TemporaryFolder()
        try folder.write("wib.yml", "inputs: [Missing]\noutput: Out\npipeline:\n  - annotate\n  - export: {format: pack, file: dprk.pdf}\n")
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("wib.yml:5: error: 'export' option 'file': 'dprk.pdf': a pack is written as Markdown or HTML"), "\(result.stderr)")
    }

    @Test func undatedPostsAreGroupedApartAndNoDateIsPartial() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, PackOutputEndToEndTests.undated, "--output", "pack.md"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("undated-pasted-post.txt:1: warning: no posted date in the post"), "each undated post is warned about")
        let pack = try String(contentsOf: folder.url.appendingPathComponent("pack.md"), encoding: .utf8)
        #expect(pack.range(of: "--[0-9]{2}", options: .regularExpression) == nil, "no partial date such as --01-06")
        #expect(pack.contains("*8 posts (1 undated), 8 meetings; from 3 Nov 2022 to 20 Feb 2026.*"))
        #expect(pack.contains("\n| undated | briefing | [Haiti](#haiti-briefing-on-the-security-situation) |"))
        #expect(pack.contains("\n  - [Undated posts](#undated-posts)\n      - [Haiti: Briefing on the Security Situation](#haiti-briefing-on-the-security-situation)\n"))
        #expect(pack.contains("\n  - **Year unknown** (in posts that give no date):\n      - **6 January** Council members issued a press statement"))
        #expect(pack.contains("\n## Undated posts\n\nThese posts give no posted date and no meeting date.\n\n### Haiti: Briefing on the Security Situation\n"))
    }

    @Test func aDateFilterSaysHowManyUndatedPostsItLeftOut() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, PackOutputEndToEndTests.undated, "--output", "pack.md", "--since", "2025-01-01"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\nwarning: 1 undated post (no meeting or posted date) was left out by the date filter (since 2025-01-01)\n"), "\(result.stderr)")
        let pack = try String(contentsOf: folder.url.appendingPathComponent("pack.md"), encoding: .utf8)
        #expect(!pack.contains("Undated posts") && !pack.contains("Haiti: Briefing on the Security Situation"))
    }

    @Test func countryCodesInAnyCase() throws {
        let folder = try TemporaryFolder()
        let lower = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "lower.md", "--country", "hti", "-q"], in: folder.url)
        let upper = try WibProcess.run(["pack", TestPaths.examplePosts.path, "--output", "upper.md", "--country", "HTI", "-q"], in: folder.url)
        #expect(lower.status == 0 && upper.status == 0, "\(lower.stderr)")
        let read = { (name: String) in try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8) }
        #expect(try read("lower.md") == read("upper.md"))
        #expect(try read("lower.md").contains("Filter: country HTI."))

        try folder.write("Posts/haiti.txt", String(contentsOfFile: TestPaths.examplePosts.appendingPathComponent("2024-12-30-haiti-mandate-renewal.txt").path, encoding: .utf8))
        try folder.write("wib.yml", "inputs: [Posts]\noutput: Out\npipeline:\n  - annotate\n  - filter: {country: hti}\n  - export: {format: pack, file: haiti.md}\n")
        let run = try WibProcess.run(["run"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try read("Out/haiti.md").contains("Filter: country HTI."))
    }
}
