import Foundation
import Testing
import WIBCore
import WIBReaders
import WIBTestSupport

@Suite struct FeedReaderTests {
    private func read(_ xml: String) throws(Diagnostic) -> [Post] {
        try PostReader().read(bytes: Array(xml.utf8), path: "feed.xml")
    }

    @Test func theExampleFeedGivesOnePostPerItem() throws {
        let url = TestPaths.repository.appendingPathComponent("Examples/web/whatsinblue-feed.xml")
        let posts = try PostReader().read(bytes: Array(try Data(contentsOf: url)), path: url.path)
        #expect(posts.map(\.metadata.title) == ["Somalia: Vote on a Draft Resolution Renewing UNTMIS", "Lebanon: Consultations on UNIFIL",
                                               "Colombia: Briefing and Consultations", "Sudan: Open Briefing"])
        #expect(posts.map { $0.metadata.posted?.description } == ["2025-06-10", "2025-06-06", "2025-06-03", "2025-03-12"])
        #expect(posts.map(\.metadata.truncated) == [true, false, true, false], "items without content:encoded are excerpts")
        #expect(posts[0].diagnostics.first?.message.contains("carries only an excerpt") == true)
        let lebanon = posts[1]
        #expect(lebanon.metadata.tags == ["Lebanon", "Peacekeeping"])
        #expect(lebanon.metadata.url == "https://www.securitycouncilreport.org/whatsinblue/2025/06/lebanon-consultations-on-unifil.php")
        #expect(lebanon.withMeetings.meeting.format == "consultations" && lebanon.withMeetings.meeting.date == CalendarDate(iso: "2025-06-09"))
        #expect(lebanon.body.map(\.plainText).contains("Looking Ahead"))
        #expect(lebanon.body.first?.range.firstLine ?? 0 > 20, "lines are the feed's")
        #expect(posts[3].withMeetings.meeting == (try TestPaths.example("2025-03-12-sudan")).withMeetings.meeting)
    }

    @Test func atomFeedsToo() throws {
        let posts = try read("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>What's In Blue</title>
              <entry>
                <title type="html">Haiti: Briefing</title>
                <link rel="alternate" href="https://www.securitycouncilreport.org/whatsinblue/2025/07/haiti-briefing.php"/>
                <published>2025-07-01T18:00:00Z</published>
                <category term="Haiti"/>
                <content type="html">&lt;p&gt;Tomorrow (2 July), the Security Council will hold a briefing on Haiti.&lt;/p&gt;</content>
              </entry>
            </feed>
            """)
        #expect(posts.count == 1)
        #expect(posts[0].metadata.title == "Haiti: Briefing")
        #expect(posts[0].metadata.posted == CalendarDate(iso: "2025-07-01"))
        #expect(posts[0].metadata.tags == ["Haiti"])
        #expect(posts[0].withMeetings.meeting.date == CalendarDate(iso: "2025-07-02"))
        #expect(!posts[0].metadata.truncated)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?><opml><body/></opml>", "this XML is not an RSS or Atom feed (its root element is <opml>)"),
        ("<?xml version=\"1.0\"?><rss><channel><item><link>x</link></item></channel></rss>", "a feed item has no title"),
        ("<?xml version=\"1.0\"?><rss><channel><item><title>T</title><description></description></item></channel></rss>", "the feed item “T” has no text"),
    ])
    func badFeeds(_ xml: String, _ message: String) {
        let error = #expect(throws: Diagnostic.self) { try read(xml) }
        #expect(error?.message == message)
    }

    @Test func rfc822AndUndatedItems() throws {
        let posts = try read("""
            <?xml version="1.0"?><rss><channel>
            <item><title>A</title><pubDate>Mon, 6 Jan 2025 09:00:00 -0500</pubDate><description>&lt;p&gt;The Council meets.&lt;/p&gt;</description></item>
            <item><title>B</title><pubDate>sometime</pubDate><description>&lt;p&gt;The Council meets.&lt;/p&gt;</description></item>
            <item><title>C</title><link>https://www.securitycouncilreport.org/whatsinblue/2017/07/c.php</link><pubDate>Fri, 31 Feb 2017</pubDate><description>&lt;p&gt;The Council meets.&lt;/p&gt;</description></item>
            </channel></rss>
            """)
        #expect(posts[0].metadata.posted == CalendarDate(iso: "2025-01-06"))
        #expect(posts[1].metadata.posted == nil)
        #expect(posts[1].diagnostics.contains {
            $0.message == "the feed item “B” has no date that can be read; the year is unknown, so dates written without a year stay unresolved"
        })
        #expect(posts[2].metadata.posted == nil)
        #expect(posts[2].diagnostics.contains {
            $0.message == "the feed item “C” has no date that can be read; the year 2017 is taken from the post's address (2017-07), so dates written without a year are read in 2017"
        })
    }
}
