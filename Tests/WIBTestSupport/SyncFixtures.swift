/// A small What's In Blue site for sync tests, served by a ``LocalHTTPServer``: a feed at
/// `/feed` and two invented posts' pages. “Mali: Briefing” is an excerpt in the feed; “Yemen:
/// Consultations” is whole in it. ``update(_:)`` changes the Mali post (its page, and a `*` in its
/// feed title), as the site does when a post is updated; ``reviseYemen(_:)`` changes the Yemen
/// post without marking it.
public enum SyncFixtures {
    /// The Mali page's path.
    public static let maliPath = "/whatsinblue/2025/01/mali-briefing.php"
    /// The Yemen page's path.
    public static let yemenPath = "/whatsinblue/2025/01/yemen-consultations.php"

    static let maliOpening = "Tomorrow morning (15 January), the Security Council will hold a briefing on Mali under the “The situation in Mali” agenda item. France requested the meeting. Assistant Secretary-General Marta Quiroga is expected to brief."
    static let maliBackground = "Members are expected to discuss the humanitarian situation in the centre of the country and the delivery of aid along the river."
    static let yemenOpening = "This afternoon (14 January), Council members will hold consultations on Yemen under the “The situation in the Middle East” agenda item. The UK requested the meeting."

    /// Serves the site as first published.
    public static func publish(on server: LocalHTTPServer) {
        server.set("/feed", .init(feed(server, maliTitle: "Mali: Briefing"), contentType: "application/rss+xml", etag: "\"feed-1\""))
        server.set(maliPath, .init(page(server, path: maliPath, title: "Mali: Briefing", paragraphs: [maliOpening, maliBackground]), etag: "\"mali-1\""))
        server.set(yemenPath, .init(page(server, path: yemenPath, title: "Yemen: Consultations", paragraphs: [yemenOpening]),
                                    lastModified: "Tue, 14 Jan 2025 09:00:00 GMT"))
    }

    /// Serves the site with the Mali post updated: the meeting moved to the afternoon, Niger
    /// invited under rule 37, a paragraph added.
    public static func update(_ server: LocalHTTPServer) {
        let opening = maliOpening.replacingOccurrences(of: "Tomorrow morning", with: "Tomorrow afternoon")
            + " Niger is expected to participate under rule 37."
        let added = "Council members last met on Mali in October."
        server.set("/feed", .init(feed(server, maliTitle: "Mali: Briefing*"), contentType: "application/rss+xml", etag: "\"feed-2\""))
        server.set(maliPath, .init(page(server, path: maliPath, title: "Mali: Briefing*", paragraphs: [opening, maliBackground, added]), etag: "\"mali-2\""))
    }

    /// Serves the site with the Yemen post changed in the feed and on its page, without a `*`:
    /// the consultations moved to the morning.
    public static func reviseYemen(_ server: LocalHTTPServer) {
        let opening = yemenOpening.replacingOccurrences(of: "This afternoon", with: "This morning")
        server.set("/feed", .init(feed(server, maliTitle: "Mali: Briefing", yemenOpening: opening), contentType: "application/rss+xml", etag: "\"feed-3\""))
        server.set(yemenPath, .init(page(server, path: yemenPath, title: "Yemen: Consultations", paragraphs: [opening]),
                                    lastModified: "Tue, 14 Jan 2025 11:00:00 GMT"))
    }

    private static func feed(_ server: LocalHTTPServer, maliTitle: String, yemenOpening: String = yemenOpening) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>What's In Blue : Security Council Report</title>
        <link>\(server.url("/whatsinblue"))</link>
        <item>
        <title>\(maliTitle)</title>
        <link>\(server.url(maliPath))</link>
        <pubDate>Tue, 14 Jan 2025 18:00:00 +0000</pubDate>
        <category><![CDATA[Mali]]></category>
        <description><![CDATA[<p>Tomorrow morning (15 January), the Security Council will hold a briefing on Mali. [&#8230;]</p>]]></description>
        </item>
        <item>
        <title>Yemen: Consultations</title>
        <link>\(server.url(yemenPath))</link>
        <pubDate>Tue, 14 Jan 2025 08:00:00 +0000</pubDate>
        <category><![CDATA[Yemen]]></category>
        <description><![CDATA[<p>This afternoon (14 January), Council members will hold consultations on Yemen. [&#8230;]</p>]]></description>
        <content:encoded><![CDATA[<p>\(yemenOpening)</p>]]></content:encoded>
        </item>
        </channel>
        </rss>
        """
    }

    private static func page(_ server: LocalHTTPServer, path: String, title: String, paragraphs: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
        <meta charset="UTF-8">
        <title>\(title) : What's In Blue : Security Council Report</title>
        <link rel="canonical" href="\(server.url(path))">
        </head>
        <body>
        <article class="post">
        <h1 class="entry-title">\(title)</h1>
        <p class="posted">Posted Tue 14 Jan 2025</p>
        <div class="entry-content">
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div>
        </article>
        </body>
        </html>
        """
    }
}
