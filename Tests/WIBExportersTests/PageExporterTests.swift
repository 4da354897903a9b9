import Testing
import WIBCore
import WIBExporters
import WIBTestSupport

@Suite struct PageExporterTests {
    static let hostile = Post(
        metadata: PostMetadata(title: "<script>alert('t')</script> & Co", posted: CalendarDate(iso: "2025-01-01")),
        body: [.paragraph(Paragraph(content: [.text("<img src=x onerror=alert(1)> "),
                                              .link(Link(destination: "javascript:alert(2)", content: [.text("go")]))],
                                    range: SourceRange(line: 3)))])

    @Test func htmlPageIsStandaloneAndSafe() throws {
        let html = try HTMLExporter().export(PageExporterTests.hostile)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>&lt;script&gt;alert('t')&lt;/script&gt; &amp; Co</title>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<h1>&lt;script&gt;"))
    }

    @Test func htmlOfAnExampleHasItsStructure() throws {
        let html = try HTMLExporter().export(try TestPaths.example("2023-09-14-arria"))
        #expect(html.contains("<h2>BACKGROUND</h2>"))
        #expect(html.contains("<li>Professor Lena Harjo"))
        #expect(html.contains("Posted 2023-09-14 · Meeting 2023-09-18, afternoon · Arria-formula meeting"))
    }

    @Test func htmlShowsTheTagsAndLinksToThePostsAddress() throws {
        var post = try TestPaths.example("2025-03-12-sudan")
        post.metadata.tags = ["Sudan", "Humanitarian <b>"]
        #expect(!(try HTMLExporter().export(post)).contains("Source:"), "no address, no line")
        post.metadata.url = "https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php"
        let html = try HTMLExporter().export(post)
        #expect(html.contains("<p><strong>Source:</strong> <a href=\"https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php\">"
            + "www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php</a></p>\n<p><strong>Tags:</strong> Sudan, Humanitarian &lt;b&gt;</p>"))
    }

    @Test func textLatexAndManCarryTitleSummaryAndBody() throws {
        let post = try TestPaths.example("2025-03-12-sudan")
        let text = try CMarkExporter(format: .plainText).export(post)
        #expect(text.hasPrefix("Sudan: Open Briefing\n\nPosted 2025-03-12 · Meeting 2025-03-13, morning · open briefing"))
        #expect(text.contains("Key Issues and Options"))
        #expect(try CMarkExporter(format: .latex).export(post).contains("\\section{Sudan: Open Briefing}"))
        #expect(try CMarkExporter(format: .man).export(post).contains(".SH\nSudan: Open Briefing"))
    }

    @Test(arguments: OutputFormat.allCases)
    func everyFormatIsDeterministic(_ format: OutputFormat) throws {
        let post = try TestPaths.example("2023-09-14-arria")
        #expect(try format.exporter.export(post) == format.exporter.export(try TestPaths.example("2023-09-14-arria")))
    }
}
