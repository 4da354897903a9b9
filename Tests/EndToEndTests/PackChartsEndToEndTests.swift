import Foundation
import Testing
import WIBTestSupport

/// The Council at work, the charts and the links to the posts' addresses, as `wib` writes them.
@Suite struct PackChartsEndToEndTests {
    private static let web = TestPaths.repository.appendingPathComponent("Examples/web")
    private static let sudan = "https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php"

    @Test func theHTMLPackDrawsItsChartsAndLinksToThePosts() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, PackChartsEndToEndTests.web.path, "--output", "pack.html", "-q"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("pack.html"), encoding: .utf8)
        #expect(!page.contains("```mermaid") && !page.lowercased().contains("mermaid"), "no Mermaid source")
        #expect(page.components(separatedBy: "<svg ").count - 1 == 5)
        #expect(page.contains("<h2 id=\"the-council-at-work\">"))
        #expect(page.contains("<a href=\"\(PackChartsEndToEndTests.sudan)\">"))
        #expect(!page.lowercased().contains("<script"))
        // On a phone each meeting is a card of labelled lines: the cells carry their headers.
        #expect(page.contains("<td data-label=\"Requested by\">"))
        #expect(page.contains("td[data-label]:not(:first-child)::before { content: attr(data-label)"))

        let again = try WibProcess.run(["pack", PackChartsEndToEndTests.web.path, TestPaths.examplePosts.path, "--output", "again.html", "-q"], in: folder.url)
        #expect(again.status == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("again.html"), encoding: .utf8) == page, "the same posts, in any order, give the same bytes")
    }

    @Test func theMarkdownPackHasTheCouncilAtWorkWithMermaidCharts() throws {
        let folder = try TemporaryFolder()
        let result = try WibProcess.run(["pack", TestPaths.examplePosts.path, PackChartsEndToEndTests.web.path, "--output", "pack.md", "-q"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pack = try String(contentsOf: folder.url.appendingPathComponent("pack.md"), encoding: .utf8)
        #expect(pack.contains("\n## The Council at work\n\n10 meetings previewed in 10 posts"))
        #expect(pack.contains("``` mermaid\npie showData\n    title Meetings by format\n"))
        #expect(pack.contains("``` mermaid\nxychart-beta horizontal\n    title \"Who briefed\"\n"))
        #expect(pack.contains("**Source:** [www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php](\(PackChartsEndToEndTests.sudan))"))
    }

    @Test func aSinglePostPageShowsItsTagsAndAddress() throws {
        let folder = try TemporaryFolder()
        let page = PackChartsEndToEndTests.web.appendingPathComponent("2025-03-12-sudan-open-briefing.html").path
        let result = try WibProcess.run(["convert", page, "-o", "post.html"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.url.appendingPathComponent("post.html"), encoding: .utf8)
        #expect(html.contains("<p><strong>Tags:</strong> Sudan, Humanitarian</p>"))
        #expect(html.contains("<p><strong>Source:</strong> <a href=\"\(PackChartsEndToEndTests.sudan)\">"))
    }
}
