import PropertyBased
import Testing
import WIBCore

/// A resolver for a post of `iso`.
private func posted(_ iso: String) throws -> DateResolver {
    DateResolver(reference: .posted(try #require(CalendarDate(iso: iso))))
}

/// A resolver with only a hint of `year` and `month`.
private func hinted(_ year: Int, _ month: Int) throws -> DateResolver {
    DateResolver(reference: .hint(try #require(DateHint(year: year, month: month, origin: .fileName))))
}

private let undated = DateResolver(reference: .undated)

@Suite struct DateResolverTests {
    @Test func aFutureDayInADecemberPostIsNextYears() throws {
        #expect(try posted("2024-12-20").day(6, month: 1, tense: .future)?.id == "2025-01-06")
        #expect(try posted("2024-12-20").day(6, month: 1, tense: .unknown)?.id == "2025-01-06", "349 days back is too far")
        #expect(try posted("2024-12-20").day(6, month: 1, tense: .past)?.id == "2024-01-06")
    }

    @Test func aPastDayInAnOctoberPostIsThisYears() throws {
        #expect(try posted("2024-10-15").day(6, month: 1, tense: .past)?.id == "2024-01-06")
        #expect(try posted("2024-10-15").day(6, month: 1, tense: .unknown)?.id == "2024-01-06", "283 days back is recent enough")
        #expect(try posted("2024-10-15").day(6, month: 1, tense: .future)?.id == "2025-01-06")
    }

    @Test func aJanuaryPostLooksBackToDecember() throws {
        #expect(try posted("2025-01-03").day(28, month: 12, tense: .past)?.id == "2024-12-28")
        #expect(try posted("2025-01-03").day(28, month: 12, tense: .unknown)?.id == "2024-12-28")
        #expect(try posted("2025-01-03").day(28, month: 12, tense: .future)?.id == "2025-12-28")
    }

    @Test func threeDaysOfSlackEitherSide() throws {
        let june = try posted("2024-06-27")
        #expect(june.day(30, month: 6, tense: .past)?.id == "2024-06-30", "three days after still counts as past")
        #expect(june.day(1, month: 7, tense: .past)?.id == "2023-07-01", "four days after does not")
        #expect(june.day(24, month: 6, tense: .future)?.id == "2024-06-24", "three days before still counts as future")
        #expect(june.day(23, month: 6, tense: .future)?.id == "2025-06-23", "four days before does not")
        #expect(june.day(27, month: 6, tense: .future)?.id == "2024-06-27")
        #expect(june.day(27, month: 6, tense: .past)?.id == "2024-06-27")
    }

    @Test func unknownTenseTurnsToTheNextOneAfterThreeHundredDays() throws {
        let november = try posted("2024-11-01")
        #expect(november.day(6, month: 1, tense: .unknown)?.id == "2024-01-06", "exactly 300 days back")
        #expect(november.day(5, month: 1, tense: .unknown)?.id == "2025-01-05", "301 days back")
        #expect(DateResolver.slackDays == 3 && DateResolver.recentDays == 300)
    }

    @Test func aGivenYearWins() throws {
        for resolver in [try posted("2024-06-27"), try hinted(2017, 7), undated] {
            #expect(resolver.day(14, month: 10, year: 2006, tense: .future)?.id == "2006-10-14")
            #expect(resolver.day(29, month: 2, year: 2023, tense: .past) == nil)
            #expect(resolver.day(1, month: 1, year: 10000, tense: .past) == nil)
            #expect(resolver.month(8, year: 2023, tense: .future)?.id == "2023-08")
            #expect(resolver.month(8, year: 0, tense: .future) == nil)
        }
    }

    @Test(arguments: [(30, 2), (31, 4), (31, 6), (31, 9), (31, 11), (0, 1), (32, 1), (1, 0), (1, 13), (Int.max, 1), (1, Int.min)])
    func daysThatNeverExistAreNil(_ day: Int, _ month: Int) throws {
        for resolver in [try posted("2024-06-27"), try hinted(2024, 2), undated] {
            for tense in [DateResolver.Tense.past, .future, .unknown] {
                #expect(resolver.day(day, month: month, tense: tense) == nil)
            }
        }
    }

    @Test func leapDaysFindTheirLeapYear() throws {
        #expect(try posted("2025-06-01").day(29, month: 2, tense: .past)?.id == "2024-02-29")
        #expect(try posted("2025-06-01").day(29, month: 2, tense: .future)?.id == "2028-02-29")
        #expect(try posted("2025-06-01").day(29, month: 2, tense: .unknown)?.id == "2028-02-29", "458 days back is too far")
        #expect(try posted("1903-06-01").day(29, month: 2, tense: .past)?.id == "1896-02-29", "1900 was no leap year")
        #expect(try posted("1896-03-05").day(29, month: 2, tense: .future)?.id == "1904-02-29")
        #expect(try posted("2000-03-01").day(29, month: 2, tense: .past)?.id == "2000-02-29", "2000 was one")
        #expect(try hinted(2016, 5).day(29, month: 2, tense: .past)?.id == "2016-02-29")
        #expect(try hinted(2017, 5).day(29, month: 2, tense: .past) == nil, "no 29 February in the hinted year")
        #expect(undated.day(29, month: 2, tense: .past)?.id == "--02-29")
    }

    @Test func monthEndsAreDaysLikeAnyOther() throws {
        let march = try posted("2024-03-02")
        #expect(march.day(31, month: 1, tense: .past)?.id == "2024-01-31")
        #expect(march.day(31, month: 12, tense: .past)?.id == "2023-12-31")
        #expect(march.day(31, month: 12, tense: .future)?.id == "2024-12-31")
        #expect(march.day(30, month: 4, tense: .future)?.id == "2024-04-30")
        #expect(march.day(28, month: 2, tense: .future)?.id == "2024-02-28", "within the slack")
    }

    @Test func aHintResolvesWithinItsYearWhateverTheTense() throws {
        let july2017 = try hinted(2017, 7)
        for tense in [DateResolver.Tense.past, .future, .unknown] {
            #expect(july2017.day(6, month: 1, tense: tense) == .resolved(try #require(CalendarDate(iso: "2017-01-06"))))
            #expect(july2017.day(20, month: 12, tense: tense)?.id == "2017-12-20")
            #expect(july2017.month(3, tense: tense)?.id == "2017-03")
        }
        #expect(july2017.relativeDay(1) == nil && july2017.relativeDay(0) == nil, "relative days stay unresolved")
        #expect(july2017.weekday(1, tense: .future) == nil)
    }

    @Test func withoutAReferenceNothingIsResolved() {
        #expect(undated.day(6, month: 1, tense: .future) == .unresolved(month: 1, day: 6))
        #expect(undated.day(6, month: 1, tense: .past)?.id == "--01-06")
        #expect(undated.day(6, month: 1, tense: .past)?.date == nil)
        #expect(undated.month(3, tense: .unknown) == .unresolved(month: 3))
        #expect(undated.month(3, tense: .unknown)?.id == "--03" && undated.month(3, tense: .past)?.year == nil)
        #expect(undated.relativeDay(0) == nil, "never today's date")
        #expect(undated.relativeDay(1) == nil && undated.relativeDay(-1) == nil)
        #expect(undated.weekday(4, tense: .future) == nil && undated.weekday(4, tense: .past) == nil)
    }

    @Test func monthsWithoutAYear() throws {
        let december = try posted("2024-12-20")
        #expect(december.month(1, tense: .future)?.id == "2025-01")
        #expect(december.month(1, tense: .past)?.id == "2024-01")
        #expect(december.month(1, tense: .unknown)?.id == "2025-01", "January 2024 ended 324 days back")
        #expect(december.month(12, tense: .future)?.id == "2024-12")
        #expect(december.month(12, tense: .past)?.id == "2024-12")
        let october = try posted("2024-10-15")
        #expect(october.month(1, tense: .unknown)?.id == "2024-01", "January 2024 ended 258 days back")
        #expect(october.month(1, tense: .past)?.year == 2024)
        #expect(october.month(13, tense: .past) == nil && october.month(0, tense: .past) == nil)
    }

    @Test func monthsWeighedAsSpansWithSlack() throws {
        #expect(try posted("2024-07-02").month(6, tense: .future)?.id == "2024-06", "June ended within three days")
        #expect(try posted("2024-07-04").month(6, tense: .future)?.id == "2025-06")
        #expect(try posted("2024-06-28").month(7, tense: .past)?.id == "2024-07", "July starts within three days")
        #expect(try posted("2024-06-27").month(7, tense: .past)?.id == "2023-07")
        #expect(try posted("2024-06-15").month(6, tense: .past)?.id == "2024-06")
        #expect(try posted("2024-06-15").month(6, tense: .future)?.id == "2024-06")
    }

    @Test func relativeDaysCountFromThePostedDate() throws {
        let thursday = try posted("2024-06-27")
        #expect(thursday.relativeDay(0)?.description == "2024-06-27")
        #expect(thursday.relativeDay(1)?.description == "2024-06-28")
        #expect(thursday.relativeDay(-1)?.description == "2024-06-26")
    }

    @Test func weekdaysLookForwardInTheFutureAndBackOtherwise() throws {
        let thursday = try posted("2024-06-27")
        #expect(thursday.weekday(1, tense: .future)?.description == "2024-07-01")
        #expect(thursday.weekday(4, tense: .future)?.description == "2024-07-04", "today is not the next Thursday")
        #expect(thursday.weekday(5, tense: .future)?.description == "2024-06-28")
        #expect(thursday.weekday(4, tense: .past)?.description == "2024-06-20")
        #expect(thursday.weekday(1, tense: .past)?.description == "2024-06-24")
        #expect(thursday.weekday(1, tense: .unknown)?.description == "2024-06-24")
        #expect(thursday.weekday(8, tense: .future) == nil && thursday.weekday(0, tense: .past) == nil)
    }

    @Test func theLastDayOfTheCalendarLeavesNextYearUnresolved() throws {
        let last = DateResolver(reference: .posted(CalendarDate.latest))
        #expect(last.day(1, month: 1, tense: .future) == .unresolved(month: 1, day: 1), "“Tomorrow (1 January)” would be 10000")
        #expect(last.day(1, month: 1, tense: .past)?.id == "9999-01-01")
        #expect(last.day(1, month: 1, tense: .unknown)?.id == "--01-01", "the past one is too far back, the next is past 9999")
        #expect(last.day(31, month: 12, tense: .future)?.id == "9999-12-31")
        #expect(last.month(1, tense: .future)?.id == "--01")
        #expect(last.month(12, tense: .future)?.id == "9999-12")
        #expect(last.relativeDay(1) == nil && last.relativeDay(0) == CalendarDate.latest && last.relativeDay(.max) == nil)
        #expect(last.weekday(1, tense: .future) == nil && last.weekday(5, tense: .past)?.description == "9999-12-24")
        #expect(try posted("9999-12-30").day(2, month: 1, tense: .past)?.id == "9999-01-02")
        #expect(try posted("9996-03-05").day(29, month: 2, tense: .future)?.id == "--02-29", "no leap day after 9996")
    }

    @Test func theFirstDayOfTheCalendarLeavesLastYearUnresolved() throws {
        let first = DateResolver(reference: .posted(CalendarDate.earliest))
        #expect(first.day(31, month: 12, tense: .past)?.id == "--12-31")
        #expect(first.day(31, month: 12, tense: .unknown)?.id == "0001-12-31", "no past one, so the next")
        #expect(first.day(2, month: 1, tense: .past)?.id == "0001-01-02", "within the slack")
        #expect(first.month(12, tense: .past)?.id == "--12")
        #expect(first.relativeDay(-1) == nil && first.relativeDay(.min) == nil)
        #expect(first.weekday(7, tense: .past) == nil && first.weekday(1, tense: .future)?.description == "0001-01-08")
        #expect(try posted("0001-02-01").day(29, month: 2, tense: .past)?.id == "--02-29", "year 4 is the first leap year")
        #expect(try posted("0001-02-01").day(29, month: 2, tense: .future)?.id == "0004-02-29")
    }
}

@Suite struct DateResolverReferenceTests {
    @Test func thePostedDateComesFirst() throws {
        let metadata = PostMetadata(title: "T", posted: CalendarDate(iso: "2024-06-27"), source: "2017-07-x.txt",
                                    url: "https://www.securitycouncilreport.org/whatsinblue/2017/07/x.php")
        #expect(DateResolver(metadata).reference == .posted(try #require(CalendarDate(iso: "2024-06-27"))))
    }

    @Test func thenTheAddressThenTheFileName() throws {
        let address = "https://www.securitycouncilreport.org/whatsinblue/2017/07/libya-briefing.php?print=true"
        let fromAddress = DateResolver(PostMetadata(title: "T", source: "2019-03-02-libya.txt", url: address))
        #expect(fromAddress.reference == .hint(try #require(DateHint(year: 2017, month: 7, origin: .address))))
        let sourceIsAnAddress = DateResolver(PostMetadata(title: "T", source: "http://www.whatsinblue.org/2012/11/mali.php"))
        #expect(sourceIsAnAddress.reference == .hint(try #require(DateHint(year: 2012, month: 11, origin: .address))))
        let fromName = DateResolver(PostMetadata(title: "T", source: "posts/2019-03-02-libya.txt", url: "https://example.org/libya.php"))
        #expect(fromName.reference == .hint(try #require(DateHint(year: 2019, month: 3, origin: .fileName))))
        #expect(DateResolver(PostMetadata(title: "T", source: "posts/2017-07-libya.md")).reference
                == .hint(try #require(DateHint(year: 2017, month: 7, origin: .fileName))))
    }

    @Test func elseUndated() {
        #expect(DateResolver(PostMetadata(title: "T")).reference == .undated)
        #expect(DateResolver(PostMetadata(title: "T", source: "-")).reference == .undated)
        #expect(DateResolver(PostMetadata(title: "T", source: "posts/libya.txt", url: "https://example.org/whatsinblue/libya.php")).reference == .undated)
        #expect(DateResolver(PostMetadata(title: "T", source: "/archive/2017/07/libya.txt")).reference == .undated,
                "folders of a path are not an address")
    }

    @Test(arguments: [
        ("https://www.securitycouncilreport.org/whatsinblue/2024/06/dprk.php", "2024-06"),
        ("http://www.whatsinblue.org/2017/07/libya.php#comments", "2017-07"),
        ("https://example.org/2017/13/x/2018/01/y.php", "2018-01"),
        ("https://example.org/whatsinblue/2017/7/x.php", nil),
        ("https://example.org/whatsinblue/0000/07/x.php", nil),
        ("https://example.org/x.php?date=2017/07/", nil),
        ("https://example.org/resolutions/2397/", nil),
        ("https://example.org/99999999999999999999/07/x.php", nil),
    ] as [(String, String?)])
    func readsAddresses(_ address: String, _ expected: String?) {
        #expect(DateHint(address: address)?.description == expected)
        #expect(DateHint(address: address)?.origin ?? .address == .address)
    }

    @Test(arguments: [
        ("2024-06-27-dprk.txt", "2024-06"), ("posts/2017-07-libya.txt", "2017-07"), ("2017-07.txt", "2017-07"), ("2017-07", "2017-07"),
        ("2017-071.txt", nil), ("2017-13-x.txt", nil), ("2017-7-x.txt", nil), ("notes-2017-07.txt", nil), ("2017-07/post.txt", nil),
        ("", nil), ("-", nil), ("20170711.txt", nil), ("+017-07-x.txt", nil),
    ] as [(String, String?)])
    func readsFileNames(_ path: String, _ expected: String?) {
        #expect(DateHint(fileName: path)?.description == expected)
    }
}

/// The rule checked against a plain walk through the calendar, day by day, over generated
/// posted dates in every year from 1 to 9999.
@Suite struct DateResolverPropertyTests {
    static let anyDay = Gen.int(in: CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch)
    /// Days near either edge of the calendar (its first and last ten years).
    static let edgeDay = Gen.int(in: 0..<7300).map { offset in
        offset < 3650 ? CalendarDate.earliest.daysSinceEpoch + offset : CalendarDate.latest.daysSinceEpoch - (offset - 3650)
    }
    static let tense = Gen.int(in: 0...2).map { [DateResolver.Tense.past, .future, .unknown][$0] }
    /// A day of a month that exists in some year (29 February included).
    static let monthDay = Gen.int(in: 1...366).map { ordinal -> (month: Int, day: Int) in
        var rest = ordinal
        for month in 1...12 {
            let length = CalendarDate.daysIn(month: month, year: 2000)
            if rest <= length { return (month, rest) }
            rest -= length
        }
        return (12, 31)
    }

    /// The day the rule names, found by stepping through the calendar from the edge of the slack.
    static func walk(from start: Int, step: Int, matching month: Int, _ day: Int) -> CalendarDate? {
        let bounded = min(max(start, CalendarDate.earliest.daysSinceEpoch), CalendarDate.latest.daysSinceEpoch)
        var date = CalendarDate(daysSinceEpoch: bounded)
        while let current = date {
            if current.month == month && current.day == day { return current }
            date = current.adding(days: step)
        }
        return nil
    }

    static func expected(posted: CalendarDate, month: Int, day: Int, tense: DateResolver.Tense) -> CalendarDate? {
        let reference = posted.daysSinceEpoch
        let past = walk(from: reference + DateResolver.slackDays, step: -1, matching: month, day)
        let next = walk(from: reference - DateResolver.slackDays, step: 1, matching: month, day)
        switch tense {
        case .past: return past
        case .future: return next
        case .unknown:
            if let past, reference - past.daysSinceEpoch <= DateResolver.recentDays { return past }
            return next
        }
    }

    func check(_ days: Int, _ monthDay: (month: Int, day: Int), _ tense: DateResolver.Tense) throws {
        let date = try #require(CalendarDate(daysSinceEpoch: days))
        let result = try #require(DateResolver(reference: .posted(date)).day(monthDay.day, month: monthDay.month, tense: tense))
        let expected = DateResolverPropertyTests.expected(posted: date, month: monthDay.month, day: monthDay.day, tense: tense)
        #expect(result == (expected.map(ResolvedDay.resolved) ?? .unresolved(month: monthDay.month, day: monthDay.day)), "posted \(date)")
        if let resolved = result.date {
            #expect(resolved.month == monthDay.month && resolved.day == monthDay.day)
            #expect(result.id == resolved.description)
        } else {
            #expect(result.id.hasPrefix("--"))
        }
    }

    @Test func daysFollowTheRuleAnywhereInTheCalendar() async throws {
        await propertyCheck(count: 300, input: DateResolverPropertyTests.anyDay, DateResolverPropertyTests.monthDay, DateResolverPropertyTests.tense) {
            try check($0, $1, $2)
        }
    }

    @Test func daysFollowTheRuleNearTheEdges() async throws {
        await propertyCheck(count: 300, input: DateResolverPropertyTests.edgeDay, DateResolverPropertyTests.monthDay, DateResolverPropertyTests.tense) {
            try check($0, $1, $2)
        }
    }

    @Test func daysAroundThePostedDateFollowTheRule() async throws {
        // The day and month of a day a few days (or about a year) from the posted date: where the slack and the 300 days bite.
        let offset = Gen.int(in: -10...10)
        let farOffset = Gen.int(in: 290...310).map { -$0 }
        await propertyCheck(count: 400, input: DateResolverPropertyTests.anyDay, offset, farOffset, Gen.bool, DateResolverPropertyTests.tense) { days, near, far, useNear, tense in
            guard let day = CalendarDate(daysSinceEpoch: days + (useNear ? near : far)) else { return }
            try check(days, (day.month, day.day), tense)
        }
    }

    @Test func monthsFollowTheRule() async throws {
        await propertyCheck(count: 1000, input: DateResolverPropertyTests.anyDay, Gen.int(in: 1...12), DateResolverPropertyTests.tense) { days, month, tense in
            let posted = try #require(CalendarDate(daysSinceEpoch: days))
            let result = try #require(DateResolver(reference: .posted(posted)).month(month, tense: tense))
            guard let year = result.year else {
                #expect(posted.year <= 2 || posted.year >= 9998, "unresolved only at the edges, posted \(posted)")
                return
            }
            let first = try #require(CalendarDate(year: year, month: month, day: 1)).daysSinceEpoch
            let last = try #require(CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))).daysSinceEpoch
            let (lowest, highest) = (days - DateResolver.slackDays, days + DateResolver.slackDays)
            let yearBefore = CalendarDate(year: year - 1, month: month, day: CalendarDate.daysIn(month: month, year: year - 1))
            let yearAfter = CalendarDate(year: year + 1, month: month, day: 1)
            switch tense {
            case .future:
                #expect(last >= lowest && (yearBefore.map { $0.daysSinceEpoch < lowest } ?? true), "posted \(posted): the earliest not over")
            case .past:
                #expect(first <= highest && (yearAfter.map { $0.daysSinceEpoch > highest } ?? true), "posted \(posted): the latest begun")
            case .unknown:
                let resolver = DateResolver(reference: .posted(posted))
                let past = try #require(resolver.month(month, tense: .past))
                let recent = past.year.flatMap { CalendarDate(year: $0, month: month, day: CalendarDate.daysIn(month: month, year: $0)) }
                    .map { days - $0.daysSinceEpoch <= DateResolver.recentDays } ?? false
                #expect(result == (recent ? past : resolver.month(month, tense: .future)), "posted \(posted)")
            }
            #expect(result.id == "\(pad4(year))-\(month < 10 ? "0" : "")\(month)")
        }
    }

    @Test func weekdaysAreTheNearestSuchDayOnTheirSide() async throws {
        await propertyCheck(count: 1000, input: DateResolverPropertyTests.anyDay, Gen.int(in: 1...7), DateResolverPropertyTests.tense) { days, weekday, tense in
            let posted = try #require(CalendarDate(daysSinceEpoch: days))
            let resolver = DateResolver(reference: .posted(posted))
            guard let result = resolver.weekday(weekday, tense: tense) else {
                #expect(days - CalendarDate.earliest.daysSinceEpoch < 7 || CalendarDate.latest.daysSinceEpoch - days < 7)
                return
            }
            let distance = result.daysSinceEpoch - days
            #expect(result.isoWeekday == weekday)
            #expect(tense == .future ? (1...7).contains(distance) : (-7 ... -1).contains(distance))
            #expect(resolver.relativeDay(distance) == result)
        }
    }

    @Test func aHintKeepsEveryDayInItsYearAndNoReferenceKeepsNone() async throws {
        await propertyCheck(count: 1000, input: Gen.int(in: 1...9999), DateResolverPropertyTests.monthDay, DateResolverPropertyTests.tense) { year, monthDay, tense in
            let hint = DateResolver(reference: .hint(try #require(DateHint(year: year, month: 6, origin: .address))))
            let day = hint.day(monthDay.day, month: monthDay.month, tense: tense)
            #expect(day == CalendarDate(year: year, month: monthDay.month, day: monthDay.day).map(ResolvedDay.resolved))
            #expect(hint.month(monthDay.month, tense: tense)?.year == year)
            #expect(undated.day(monthDay.day, month: monthDay.month, tense: tense) == .unresolved(month: monthDay.month, day: monthDay.day))
            #expect(undated.day(monthDay.day, month: monthDay.month, year: year, tense: tense)?.date
                    == CalendarDate(year: year, month: monthDay.month, day: monthDay.day))
        }
    }
}

/// A year written with four digits.
private func pad4(_ year: Int) -> String { String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) }
