import Foundation
import Testing
import WIBCore
import WIBReaders
import WIBTestSupport

@Suite struct HTMLPageReaderTests {
    static let web = TestPaths.repository.appendingPathComponent("Examples/web")

    private func read(_ html: String, path: String = "page.html") throws(Diagnostic) -> Post {
        try PostReader().read(bytes: Array(html.utf8), path: path)[0]
    }

    private func example(_ name: String) throws -> Post {
        let url = HTMLPageReaderTests.web.appendingPathComponent(name)
        return try PostReader().read(bytes: Array(try Data(contentsOf: url)), path: url.path)[0]
    }

    @Test func aSavedPostPageGivesTheSameFieldsAsTheTextCopy() throws {
        let page = try example("2025-03-12-sudan-open-briefing.html")
        let text = try TestPaths.example("2025-03-12-sudan")
        #expect(page.metadata.title == text.metadata.title)
        #expect(page.metadata.posted == text.metadata.posted)
        #expect(page.metadata.topic == text.metadata.topic && page.metadata.kind == text.metadata.kind)
        #expect(page.withMeetings.meeting == text.withMeetings.meeting)
        #expect(page.body.map(\.plainText) == text.body.map { $0.plainText.replacingOccurrences(of: "\u{A0}", with: " ") })
        #expect(page.metadata.tags == ["Sudan", "Humanitarian"])
        #expect(page.metadata.url == "https://www.securitycouncilreport.org/whatsinblue/2025/03/sudan-open-briefing-12.php")
        #expect(page.metadata.series == "What's In Blue")
        #expect(page.diagnostics.isEmpty)
    }

    @Test func theSitesFurnitureIsDropped() throws {
        let text = try example("2025-03-12-sudan-open-briefing.html").bodyText
        for furniture in ["Skip to content", "Monthly Forecast", "Search", "Print", "Share this", "Email", "Sign up", "Subscribe", "gtag", "©"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
    }

    @Test func aPrintViewWithAPostedLineAndAList() throws {
        let post = try example("2025-06-03-colombia-briefing-print.html")
        #expect(post.metadata.title == "Colombia: Briefing and Consultations")
        #expect(post.metadata.posted == CalendarDate(iso: "2025-06-03"))
        #expect(post.withMeetings.meeting.date == CalendarDate(iso: "2025-06-04") && post.withMeetings.meeting.format == "briefing")
        #expect(post.body.map(\.plainText).contains { $0.hasPrefix("Posted") } == false)
        guard case .list(let list)? = post.body.last else {
            Issue.record("the last block is not the list")
            return
        }
        #expect(list.items.count == 2)
        #expect(list.items[0].blocks.first?.inlines.contains(.strong([.text("ethnic chapter")])) == true)
        #expect(post.metadata.tags == ["Colombia"])
    }

    @Test func aPageOfAnotherShapeIsReadFromItsParagraphsWithAWarning() throws {
        let post = try read("""
            <html><head><title>Notes</title></head><body>
            <div id="menu"><p>Home</p></div>
            <div><p>The Security Council met on Haiti.</p><p>Members discussed the gangs.</p></div>
            </body></html>
            """)
        #expect(post.metadata.title == "Notes")
        #expect(post.body.map(\.plainText) == ["The Security Council met on Haiti.", "Members discussed the gangs."])
        #expect(post.diagnostics.contains { $0.message.hasPrefix("this page is not in the What's In Blue shape") })
    }

    @Test func anUndatedPageTakesItsYearFromItsAddressAndSaysSo() throws {
        let page = """
            <html><head><link rel="canonical" href="https://www.securitycouncilreport.org/whatsinblue/2017/07/mali-consultations.php"></head>
            <body><article><h1 class="entry-title">Mali: Consultations</h1>
            <div class="entry-content"><p>This afternoon (11 July), Council members will hold consultations on Mali.</p></div></article></body></html>
            """
        let post = try read(page)
        #expect(post.metadata.posted == nil)
        #expect(post.diagnostics.map(\.message) == [
            "the page gives no posted date (no time element, published-time meta or Posted line); the year 2017 is taken from the post's address (2017-07), so dates written without a year are read in 2017",
        ])
        let anonymous = try read(page.replacingOccurrences(of: "/2017/07/", with: "/"))
        #expect(anonymous.diagnostics.map(\.message) == [
            "the page gives no posted date (no time element, published-time meta or Posted line); the year is unknown, so dates written without a year stay unresolved",
        ])
    }

    @Test func anOldPostedOnLineInAPageGivesItsDate() throws {
        let post = try read("""
            <article><h1>Mali: Consultations</h1><p class="meta">posted on Tue 11 Jul 2017 12:37 PM</p>
            <p>This afternoon (11 July), Council members will hold consultations on Mali.</p></article>
            """)
        #expect(post.metadata.posted == CalendarDate(iso: "2017-07-11"))
        #expect(post.diagnostics.isEmpty)
    }

    @Test func linksAndInjectedMarkupAreKeptSafe() throws {
        let post = try read("""
            <article><h1>T</h1><p>See <a href="javascript:alert(1)">this</a>, <a href="https://undocs.org/S/2025/71">S/2025/71</a> and 1 &lt; 2 &lt;script&gt;x&lt;/script&gt;.</p><script>alert(2)</script></article>
            """)
        let inlines = try #require(post.body.first?.inlines)
        #expect(inlines.plainText == "See this, S/2025/71 and 1 < 2 <script>x</script>.")
        #expect(inlines.contains(.link(Link(destination: "https://undocs.org/S/2025/71", content: [.text("S/2025/71")]))))
        #expect(!inlines.contains { if case .link(let link) = $0 { link.destination.hasPrefix("javascript") } else { false } })
    }

    @Test(arguments: [
        ("<html><body><p>Text without a title.</p></body></html>", "no title"),
        ("<html><head><title>Only a title : What's In Blue : Security Council Report</title></head><body><nav>x</nav></body></html>", "has a title (“Only a title”) but no post text"),
    ])
    func pagesWithoutAPost(_ html: String, _ message: String) {
        let error = #expect(throws: Diagnostic.self) { try read(html) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test func brokenMarkupNeverCrashes() throws {
        for html in ["<", "<html", "<p><p><p>", "</div></div>x", "<table><tr><td>a<td>b</table>", String(repeating: "<b>", count: 5000) + "x",
                     "<article><h1>T</h1>" + String(repeating: "<ul><li>", count: 3000) + "deep</article>"] {
            _ = try? read(html)
        }
        let deep = try read("<article><h1>T</h1>" + String(repeating: "<blockquote>", count: 3000) + "<p>deep text</p></article>")
        #expect(deep.bodyText.contains("deep text"), "nothing is lost, however deep")
    }
}
