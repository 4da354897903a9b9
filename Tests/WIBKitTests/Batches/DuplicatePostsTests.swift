import WIBTestSupport
import Testing
import WIBKit

@Suite struct DuplicatePostsTests {
    private func post(_ title: String, posted: String?, url: String? = nil, source: String, text: String = "The Council meets.",
                      truncated: Bool = false, tags: [String] = []) -> Post {
        Post(metadata: PostMetadata(title: title, posted: posted.flatMap(CalendarDate.init(iso:)), source: source, url: url, truncated: truncated, tags: tags),
             body: [.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: 1)))])
    }

    @Test func theSameAddressWhateverItsQueryOrHostSpelling() {
        let posts = [
            post("A", posted: "2025-01-01", url: "https://www.securitycouncilreport.org/whatsinblue/2025/01/a.php", source: "a.html"),
            post("A (print)", posted: nil, url: "http://securitycouncilreport.org/whatsinblue/2025/01/a.php?print=true", source: "a-print.html",
                 text: "The Council meets, and says more."),
            post("B", posted: "2025-01-01", url: "https://www.securitycouncilreport.org/whatsinblue/2025/01/b.php", source: "b.html"),
        ]
        let duplicates = DuplicatePosts(posts)
        #expect(duplicates.kept == [1, 2], "the richer copy (longer text) is kept")
        #expect(duplicates.warnings.map(\.description) == ["a-print.html:1: warning: 2 copies of the same post (“A (print)”) were read; this one, the richest, is kept; left out: a.html"])
    }

    @Test func theSameTitleAndDayWithoutAnAddress() {
        let posts = [
            post("Sudan: Open Briefing", posted: "2025-03-12", source: "sudan.txt"),
            post("Sudan: Open Briefing", posted: "2025-03-12", url: "https://x/sudan", source: "feed.xml", truncated: true),
            post("Sudan:  open briefing", posted: "2025-03-12", url: "https://x/sudan", source: "sudan.html", tags: ["Sudan"]),
            post("Sudan: Open Briefing", posted: "2025-04-12", source: "later.txt"),
        ]
        let duplicates = DuplicatePosts(posts)
        #expect(duplicates.kept == [2, 3], "an excerpt never wins; then the tags decide")
        #expect(duplicates.warnings.map(\.description) == ["sudan.html:1: warning: 3 copies of the same post (“Sudan:  open briefing”, 2025-03-12) were read; this one, the richest, is kept; left out: sudan.txt, feed.xml"],
                "one warning for the group")
    }

    @Test func distinctPostsAreAllKept() throws {
        let posts = try TestPosts.all()
        let duplicates = DuplicatePosts(posts)
        #expect(duplicates.kept == Array(posts.indices))
        #expect(duplicates.warnings.isEmpty)
    }
}
