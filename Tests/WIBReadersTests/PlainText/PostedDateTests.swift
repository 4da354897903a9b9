import PropertyBased
import Testing
import WIBCore
import WIBReaders
import WIBTestSupport

/// Where a plain-text post's posted date comes from, in every shape of FORMAT.md: before or
/// after the title, old or new, or nowhere (then a warning says where the year comes from).
@Suite struct PostedDateTests {
    private func read(_ text: String, path: String = "post.txt") throws(Diagnostic) -> Post {
        try PostReader().read(bytes: Array(text.utf8), path: path)[0]
    }

    private static let body = "Tomorrow morning (12 July), the Security Council will hold a briefing on Libya."

    @Test(arguments: ["post.txt", "post.md"])
    func theSitesNameAboveTheTitleIsPageFurnitureAndHyphensAreBullets(_ path: String) throws {
        let text = "Security Council Report\n\nHaiti: Briefing\n\nPosted Tue 11 Feb 2025\n\n• Print\n\n\(PostedDateTests.body)\n\n- Amina Diallo\n- Pedro Salcedo\n"
        let post = try read(text, path: path)
        #expect(post.metadata.title == "Haiti: Briefing")
        #expect(post.metadata.posted?.description == "2025-02-11")
        #expect(post.metadata.series == nil, "the site is not the series")
        #expect(post.metadata.chrome.map(\.role) == [.series, .title, .posted, .control])
        #expect(post.body.map(\.kindName) == ["paragraph", "list"])
    }

    @Test func aBrowsersCopyPutsThePostedLineAfterTheTitle() throws {
        let post = try TestPaths.fixture("browser-copy-title-first.txt")
        #expect(post.metadata.title == "Libya: Briefing and Consultations")
        #expect(post.metadata.posted?.description == "2017-07-11")
        #expect(post.metadata.chrome.map(\.role) == [.title, .posted, .control, .control, .footer, .footer])
        #expect(post.metadata.chrome.map(\.line) == [1, 2, 3, 4, 14, 16])
        #expect(post.body.first?.plainText.hasPrefix("Tomorrow morning (12 July)") == true)
        #expect(post.body.first?.range.firstLine == 6)
        #expect(post.body.map(\.kindName) == ["paragraph", "heading", "paragraph", "paragraph"])
        #expect(post.withMeetings.meeting.date?.description == "2017-07-12")
        #expect(post.diagnostics.isEmpty)
    }

    @Test func theOldSitesPostedOnLineWithAClockTime() throws {
        let post = try TestPaths.fixture("whatsinblue-org-posted-on.txt")
        #expect(post.metadata.title == "Mali: Consultations on the Sanctions Regime")
        #expect(post.metadata.posted?.description == "2017-07-11")
        #expect(post.metadata.series == nil)
        #expect(post.metadata.chrome.map(\.role) == [.posted, .title])
        #expect(post.body.map(\.kindName) == ["paragraph", "paragraph"], "no line of the header became a heading")
        #expect(post.withMeetings.meeting.date?.description == "2017-07-11")
        #expect(post.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "POSTED ON TUE 11 JUL 2017 12:37 PM", "posted on Tue 11 Jul 2017 12:37 PM", "Posted on Tuesday, 11 July 2017 9:05am",
        "posted on Tue 11 Jul 2017 12:37 p.m.", "Posted 11 Jul 2017 17:40", "Posted Tue 11 Jul 2017", "Posted\u{00A0}Tue 11 Jul 2017  ",
        "posted on 11 july 2017", "Posted July 11, 2017", "posted on Tue 11 Jul 2017 at 12:37 pm", "Posted 2017-07-11", "Posted Tue 11 Jul 2017 12:37:05 UTC",
    ])
    func everyShapeOfThePostedLineBeforeOrAfterTheTitle(_ line: String) throws {
        for text in ["\(line)\n\nLibya: Briefing\n\n\(PostedDateTests.body)", "Libya: Briefing\n\(line)\n\n\(PostedDateTests.body)",
                     "Libya: Briefing\n\n\(line)\n\n\(PostedDateTests.body)"] {
            let post = try read(text)
            #expect(post.metadata.title == "Libya: Briefing", "\(text)")
            #expect(post.metadata.posted?.description == "2017-07-11", "\(text)")
            #expect(post.metadata.chrome.filter { $0.role == .posted }.map(\.text) == [line])
            #expect(post.body.map(\.plainText) == [PostedDateTests.body])
            #expect(post.diagnostics.isEmpty)
        }
    }

    @Test(arguments: ["Posted on the website by the team", "Posted 11 Jul 2017 by the team", "Posted 11 Jul 2017 12:37 PM sharp",
                      "Posted 11 Jul", "Posted Tue 11 Jul 2017 25.00", "posted on",
                      "Posted 2017-07-11 by the team", "Posted July 2017", "Posted 11 Jul 2017 at the office"])
    func linesThatMerelyStartWithPostedAreNotThePostedLine(_ line: String) throws {
        let post = try read("\(line)\n\nLibya: Briefing\n\n\(PostedDateTests.body)")
        #expect(post.metadata.posted == nil)
        #expect(post.metadata.title == line)
    }

    @Test func aSecondPostedLineAfterTheTitleIsBodyText() throws {
        let post = try read("Posted Tue 11 Jul 2017\n\nLibya: Briefing\n\nPosted Wed 12 Jul 2017\n\n\(PostedDateTests.body)")
        #expect(post.metadata.posted?.description == "2017-07-11")
        #expect(post.body.map(\.plainText) == ["Posted Wed 12 Jul 2017", PostedDateTests.body])
    }

    @Test(arguments: ["Posted Fri 31 Feb 2017", "Posted 99999999999999999999 Dec 2024", "Posted 1 Jan 10000", "Posted 1 Jan 0000",
                      "posted on Mon 1 Jan 99999999999999999999 12:37 PM", "Posted 000 Jan 2017"])
    func aPostedLineThatNamesNoRealDayStaysFurnitureAndTheYearIsUnknown(_ line: String) throws {
        for text in ["What's In Blue\n\n\(line)\n\nLibya: Briefing\n\n\(PostedDateTests.body)", "Libya: Briefing\n\(line)\n\n\(PostedDateTests.body)"] {
            let post = try read(text)
            #expect(post.metadata.title == "Libya: Briefing")
            #expect(post.metadata.posted == nil)
            #expect(post.metadata.chrome.contains { $0.role == .posted && $0.text == line })
            #expect(post.body.map(\.plainText) == [PostedDateTests.body])
            #expect(post.diagnostics.count == 2)
            #expect(post.diagnostics.first?.message.hasPrefix("the Posted line names no real day") == true)
            #expect(post.diagnostics.last?.message == "no posted date in the post; the year is unknown, so dates written without a year stay unresolved")
        }
    }

    @Test func aWeekdayThatDoesNotMatchIsAWarningButTheDateIsUsed() throws {
        let post = try read("Libya: Briefing\nPosted Mon 11 Jul 2017\n\n\(PostedDateTests.body)")
        #expect(post.metadata.posted?.description == "2017-07-11")
        #expect(post.diagnostics.map(\.message) == ["the Posted line's weekday does not match 2017-07-11; the date is used"])
        #expect(post.diagnostics.first?.line == 2)
    }

    @Test func aPostWithNoDateAnywhereSaysTheYearIsUnknown() throws {
        let post = try TestPaths.fixture("undated-pasted-post.txt")
        #expect(post.metadata.title == "Haiti: Briefing on the Security Situation")
        #expect(post.metadata.posted == nil)
        #expect(post.withMeetings.meeting.date == nil, "“Tomorrow (14 March)” has no year to be in, and never today's")
        #expect(post.diagnostics.count == 1)
        let warning = try #require(post.diagnostics.first)
        #expect(warning.severity == .warning && warning.line == 1)
        #expect(warning.message == "no posted date in the post; the year is unknown, so dates written without a year stay unresolved")
    }

    @Test func aYearMonthFileNameGivesTheYearAndSaysSo() throws {
        let post = try read("Haiti: Briefing\n\nTomorrow (14 March), the Security Council will hold a briefing on Haiti.", path: "posts/2017-03-haiti.txt")
        #expect(post.metadata.posted == nil)
        #expect(post.diagnostics.map(\.message) == [
            "no posted date in the post; the year 2017 is taken from the file name (2017-03), so dates written without a year are read in 2017",
        ])
        #expect(DateResolver(post.metadata).day(14, month: 3, tense: .future)?.id == "2017-03-14")
    }

    @Test func aFullDateFileNameGivesThePostedDateWithOneWarning() throws {
        let post = try read("Haiti: Briefing\n\nTomorrow (14 March), the Security Council will hold a briefing on Haiti.", path: "posts/2017-03-13-haiti.txt")
        #expect(post.metadata.posted?.description == "2017-03-13")
        #expect(post.diagnostics.map(\.message) == ["no posted date in the post; it is taken from the file name: 2017-03-13"])
        #expect(post.withMeetings.meeting.date?.description == "2017-03-14")
    }

    @Test func theLastDayOfTheCalendarIsADateLikeAnyOther() throws {
        let post = try TestPaths.fixture("posted-9999-12-31.txt")
        #expect(post.metadata.posted == CalendarDate.latest)
        #expect(post.metadata.title == "Sudan: Briefing")
        #expect(post.diagnostics.isEmpty, "9999-12-31 is a Friday")
    }
}

/// The Posted line over generated dates of every year, in every shape.
@Suite struct PostedDatePropertyTests {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let fullMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    @Test func anyDateInAnyShapeIsReadBack() async throws {
        let day = Gen.int(in: CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch)
        // Bits: 1 "on", 2 after the title, 4 upper case, 8 full month name, 16 a clock time, 32 no weekday.
        await propertyCheck(count: 300, input: day, Gen.int(in: 0..<64)) { days, shape in
            let date = try #require(CalendarDate(daysSinceEpoch: days))
            let year = String(repeating: "0", count: 4 - String(date.year).count) + String(date.year)
            let month = shape & 8 != 0 ? PostedDatePropertyTests.fullMonths[date.month - 1] : PostedDatePropertyTests.months[date.month - 1]
            var line = "Posted" + (shape & 1 != 0 ? " on" : "") + (shape & 32 != 0 ? "" : " " + PostedDatePropertyTests.weekdays[date.isoWeekday - 1])
                + " \(date.day) \(month) \(year)" + (shape & 16 != 0 ? " 12:37 PM" : "")
            if shape & 4 != 0 { line = line.uppercased() }
            let text = shape & 2 != 0 ? "Sudan: Briefing\n\(line)\n\nThe Council meets." : "\(line)\n\nSudan: Briefing\n\nThe Council meets."
            let post = try PostReader().read(bytes: Array(text.utf8), path: "post.txt")[0]
            #expect(post.metadata.posted == date, "\(line)")
            #expect(post.metadata.title == "Sudan: Briefing")
            #expect(post.diagnostics.isEmpty, "\(line)")
        }
    }

    @Test func numbersOfAnySizeNeverTrapAndNeverTakeTheTitlesPlace() async throws {
        let digits = Gen.int(in: 0...9).array(of: 1...24).map { $0.map(String.init).joined() }
        await propertyCheck(count: 300, input: digits, digits, Gen.int(in: 0..<12)) { day, year, month in
            let line = "Posted Fri \(day) \(PostedDatePropertyTests.months[month]) \(year)"
            let post = try PostReader().read(bytes: Array("Sudan: Briefing\n\(line)\n\nThe Council meets.".utf8), path: "post.txt")[0]
            #expect(post.metadata.title == "Sudan: Briefing")
            #expect(post.metadata.chrome.contains { $0.role == .posted })
            if let posted = post.metadata.posted {
                #expect(posted.day == Int(day) && posted.year == Int(year) && posted.month == month + 1)
            } else {
                #expect(post.diagnostics.contains { $0.message.hasPrefix("the Posted line names no real day") })
            }
        }
    }
}
