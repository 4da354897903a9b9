import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBTestSupport

/// The charts of a pack: Mermaid blocks in Markdown, inline SVG in HTML, which never shows
/// Mermaid source; and the link from each post to its address.
@Suite struct PackChartsTests {
    private func examples() throws -> [Post] {
        try TestPaths.posts(in: TestPaths.examplePosts).map { StandardAnnotators.annotate(try TestPaths.read($0)) }
    }

    /// Every `<svg>…</svg>` of a page.
    private func svgs(in page: String) -> [String] {
        page.components(separatedBy: "<svg ").dropFirst().map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") + "</svg>" }
    }

    @Test func theHTMLPackDrawsEveryChartAsSVGAndShowsNoMermaid() throws {
        let page = try PackExporter(title: "Week", format: .html).export(try examples())
        #expect(!page.lowercased().contains("mermaid"))
        #expect(!page.contains("<pre"), "no code block at all")
        let charts = svgs(in: page)
        #expect(charts.count == page.components(separatedBy: "<figure class=\"chart\">").count - 1)
        #expect(charts.count == 5, "the timeline, then formats, months or years, requesters and briefers")
        for svg in charts { #expect(SVGChartTests.parse(svg) != nil, "well-formed: \(svg.prefix(200))") }
        #expect(page.contains("<figcaption>The same events as a diagram:</figcaption>"))
        #expect(!page.lowercased().contains("<script"))
    }

    @Test func theMarkdownPackKeepsItsMermaidBlocks() throws {
        let pack = try PackExporter(title: "Week").export(try examples())
        #expect(pack.contains("The same events as a diagram (GitHub draws Mermaid blocks):\n\n``` mermaid\ntimeline\n"))
        #expect(pack.components(separatedBy: "``` mermaid\n").count - 1 == 5)
        #expect(!pack.contains("<svg"))
    }

    @Test func postTextCannotOpenMarkupInAChartAndTheSamePostsGiveTheSamePage() throws {
        var posts = try examples()
        posts[0].meetings[0].briefers = [Briefer(name: "Eve </text></svg><script>alert(1)</script>", title: "\"Envoy\" & <i>co</i>")]
        posts[0].meetings[0].format = "briefing </svg><img src=x onerror=alert(2)>"
        let page = try PackExporter(title: "Week", format: .html).export(posts)
        #expect(!page.contains("<script") && !page.contains("<img"))
        for svg in svgs(in: page) { #expect(SVGChartTests.parse(svg) != nil) }
        #expect(try PackExporter(title: "Week", format: .html).export(posts.reversed()) == page)
        #expect(try PackExporter(title: "Week", format: .html).export(posts.shuffled()) == page)
    }

    @Test func eachPostLinksToItsAddressWhenKnown() throws {
        var posts = try examples()
        posts[0].metadata.url = "https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php"
        posts[0].metadata.tags = ["Sudan", "Humanitarian"]
        posts[1].metadata.url = "javascript:alert(1)"
        let pack = try PackExporter(title: "Week").export(posts)
        #expect(pack.contains("**Source:** [www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php]"
            + "(https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php)\n\n**Tags:** Sudan, Humanitarian\n"))
        #expect(pack.contains("**Source:** javascript:alert(1)\n"), "an address of another kind is shown, not linked")
        #expect(pack.components(separatedBy: "**Source:**").count - 1 == 2, "posts without an address get no line")
        let page = try PackExporter(title: "Week", format: .html).export(posts)
        #expect(page.contains("<p><strong>Source:</strong> <a href=\"https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php\">"))
        #expect(!page.contains("href=\"javascript"))
    }
}
