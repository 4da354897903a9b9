import Testing
import WIBCore
import WIBReaders

/// Markdown that other tools write (Jekyll and Hugo front matter, Obsidian's web clipper, pandoc's
/// title block, a heading and the Posted line pasted under it) reads as a post with what it
/// carries.
@Suite struct OtherToolsMarkdownTests {
    private func read(_ text: String, path: String = "notes/iraq.md") throws(Diagnostic) -> Post {
        try PostReader().read(bytes: Array(text.utf8), path: path)[0]
    }

    static let body = "Tomorrow afternoon (19 November), the Security Council will hold a briefing on Iraq. Special Representative Tomasz Wierzba is expected to brief."

    @Test(arguments: ["notes/iraq.md", "notes/iraq.txt"])
    func tomlFrontMatterIsAnErrorThatSaysWhatToDo(_ path: String) {
        let text = "+++\ntitle = \"Iraq: Briefing\"\ndate = 2025-11-18\n+++\n\n\(OtherToolsMarkdownTests.body)\n"
        let error = #expect(throws: Diagnostic.self) { try read(text, path: path) }
        #expect(error?.description.hasPrefix("\(path):1: error: this Markdown opens with TOML front matter (+++)") == true, "\(error?.description ?? "")")
    }

    @Test func jekyllFrontMatter() throws {
        let post = try read("""
            ---
            layout: post
            title: "Iraq: Briefing"
            date: 2025-11-18 09:30:00 +0000
            tags: [Iraq, UNAMI]
            link: https://www.securitycouncilreport.org/whatsinblue/2025/11/iraq-briefing-6.php
            author: Jo Penhallow
            ---

            \(OtherToolsMarkdownTests.body)
            """)
        #expect(post.metadata.title == "Iraq: Briefing" && post.metadata.topic == "Iraq" && post.metadata.kind == "Briefing")
        #expect(post.metadata.posted?.description == "2025-11-18")
        #expect(post.metadata.tags == ["Iraq", "UNAMI"])
        #expect(post.metadata.url == "https://www.securitycouncilreport.org/whatsinblue/2025/11/iraq-briefing-6.php")
        #expect(post.metadata.source == "notes/iraq.md")
        #expect(post.body.map(\.plainText) == [OtherToolsMarkdownTests.body])
        #expect(post.diagnostics.isEmpty)
        #expect(post.withMeetings.meeting.date?.description == "2025-11-19")
    }

    @Test func obsidiansWebClipper() throws {
        let post = try read("""
            ---
            title: "Iraq: Briefing : What's In Blue : Security Council Report"
            source: "https://www.securitycouncilreport.org/whatsinblue/2025/11/iraq-briefing-6.php"
            author:
            published: 2025-11-18T08:15:00-05:00
            created: 2025-12-02
            description: "Tomorrow afternoon, the Security Council will hold a briefing on Iraq."
            tags:
              - "clippings"
            ---

            # Iraq: Briefing

            \(OtherToolsMarkdownTests.body)
            """)
        #expect(post.metadata.posted?.description == "2025-11-18", "published, not the day it was clipped")
        #expect(post.metadata.url == "https://www.securitycouncilreport.org/whatsinblue/2025/11/iraq-briefing-6.php")
        #expect(post.metadata.tags == ["clippings"])
        #expect(post.metadata.title == "Iraq: Briefing", "without the page title's suffix")
        #expect(post.body.map(\.kindName) == ["paragraph"], "the heading that repeats the title is not body text")
        #expect(post.diagnostics.isEmpty)
    }

    @Test(arguments: ["2025-11-18", "'2025-11-18'", "2025-11-18T09:30:00Z", "18 November 2025", "November 18, 2025", "Tue, 18 Nov 2025", "tuesday 18 november 2025 14:05"])
    func everyWayOfWritingTheDate(_ date: String) throws {
        let post = try read("---\ntitle: 'Iraq: Briefing'\ndate: \(date)\n---\n\n\(OtherToolsMarkdownTests.body)\n")
        #expect(post.metadata.posted?.description == "2025-11-18")
        #expect(post.diagnostics.isEmpty)
    }

    @Test(arguments: ["the week before last", "2025-02-30", "[2025, 11, 18]"])
    func aDateThatCannotBeReadIsAWarningNotAnError(_ date: String) throws {
        let post = try read("---\ntitle: 'Iraq: Briefing'\ntags: Iraq, UNAMI\ndate: \(date)\n---\n\n\(OtherToolsMarkdownTests.body)\n")
        #expect(post.metadata.posted == nil)
        #expect(post.metadata.tags == ["Iraq", "UNAMI"], "tags as one comma-separated line")
        let shown = date.hasPrefix("[") ? "" : date
        #expect(post.diagnostics.map(\.description) == [
            "notes/iraq.md:4: warning: the front matter's date “\(shown)” is not a date wib reads (such as 2024-06-27 or 27 June 2024); the post is read as undated",
            "notes/iraq.md:6: warning: no posted date in the post; the year is unknown, so dates written without a year stay unresolved",
        ])
    }

    @Test func aHeadingThenThePostedLineAsCopiedFromTheSite() throws {
        for posted in ["Posted Tue 18 Nov 2025", "*Posted Tue 18 Nov 2025*", "posted on Tue 18 Nov 2025 4:10 PM"] {
            let post = try read("# Iraq: Briefing\n\n\(posted)\n\n\(OtherToolsMarkdownTests.body)\n\n## Key Issues\n\nThe mission’s drawdown.\n")
            #expect(post.metadata.title == "Iraq: Briefing")
            #expect(post.metadata.posted?.description == "2025-11-18", "\(posted)")
            #expect(post.metadata.chrome.map(\.role) == [.title, .posted] && post.metadata.chrome.map(\.line) == [1, 3])
            #expect(post.body.map(\.plainText) == [OtherToolsMarkdownTests.body, "Key Issues", "The mission’s drawdown."])
            #expect(post.diagnostics.isEmpty)
            #expect(post.withMeetings.meeting.date?.description == "2025-11-19")
        }
    }

    @Test func aPostedLineIsBodyTextWhenTheDateIsKnownAlready() throws {
        let post = try read("---\ntitle: 'Iraq: Briefing'\nposted: '2025-11-18'\n---\n\n# Iraq: Briefing\n\nPosted Wed 19 Nov 2025\n\n\(OtherToolsMarkdownTests.body)\n")
        #expect(post.metadata.posted?.description == "2025-11-18")
        #expect(post.body.first?.plainText == "Posted Wed 19 Nov 2025")
    }

    @Test func pandocsTitleBlock() throws {
        let post = try read("""
            % Iraq: Briefing on the
              Electoral Timetable
            % Jo Penhallow; Ravi Anand
            % November 18, 2025

            \(OtherToolsMarkdownTests.body)
            """)
        #expect(post.metadata.title == "Iraq: Briefing on the Electoral Timetable")
        #expect(post.metadata.posted?.description == "2025-11-18")
        #expect(post.metadata.chrome.map(\.line) == [1])
        #expect(post.body.map(\.plainText) == [OtherToolsMarkdownTests.body])
        #expect(post.body.first?.range.firstLine == 6)
        #expect(post.diagnostics.isEmpty)
    }

    @Test func aTitleBlockWithOnlyADateTakesTheTitleFromTheHeading() throws {
        let post = try read("%\n%\n% 2025-11-18\n\n# Iraq: Briefing\n\n\(OtherToolsMarkdownTests.body)\n")
        #expect(post.metadata.title == "Iraq: Briefing" && post.metadata.posted?.description == "2025-11-18")
        let undated = try read("% Iraq: Briefing\n% Jo Penhallow\n% soon\n\n\(OtherToolsMarkdownTests.body)\n", path: "2025-11-iraq.md")
        #expect(undated.diagnostics.map(\.description) == [
            "2025-11-iraq.md:3: warning: the title block's date “soon” is not a date wib reads (such as 2024-06-27 or 27 June 2024); the post is read as undated",
            "2025-11-iraq.md:1: warning: no posted date in the post; the year 2025 is taken from the file name (2025-11), so dates written without a year are read in 2025",
        ])
    }

    @Test func aFirstHeadingOfAnyLevelIsTheTitleWhenNothingElseIs() throws {
        let post = try read("## Iraq: Briefing\n\nPosted Tue 18 Nov 2025\n\n\(OtherToolsMarkdownTests.body)\n")
        #expect(post.metadata.title == "Iraq: Briefing" && post.metadata.posted?.description == "2025-11-18")
    }
}

extension OtherToolsMarkdownTests {
    @Test func aJekyllPostTakesItsDateFromItsFileName() throws {
        let post = try read("---\ntitle: 'Iraq: Briefing'\n---\n\n\(OtherToolsMarkdownTests.body)\n", path: "_posts/2025-11-18-iraq-briefing.md")
        #expect(post.metadata.posted?.description == "2025-11-18")
        #expect(post.diagnostics.map(\.description) == ["_posts/2025-11-18-iraq-briefing.md:4: warning: no posted date in the post; it is taken from the file name: 2025-11-18"])
    }
}
