import PropertyBased
import Testing
import WIBCore

@Suite struct CalendarDateTests {
    @Test func parsesAndFormatsISODates() throws {
        let date = try #require(CalendarDate(iso: "2024-06-28"))
        #expect(date.year == 2024 && date.month == 6 && date.day == 28)
        #expect(date.description == "2024-06-28")
        #expect(CalendarDate(year: 987, month: 1, day: 2)?.description == "0987-01-02")
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-04-31", "24-06-28", "2024-6-28", "", "yesterday", "0000-01-01", "+999-01-01",
                      "-001-01-01", "2024-+6-28", "99999999999999999999-01-01", "2024-01-99999999999999999999", "10000-01-01",
                      "١٢٣٤-01-01", "2024-06-28 "])
    func rejectsDatesThatDoNotExist(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() throws {
        let date = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(date.adding(days: 1)?.description == "2024-02-29")
        #expect(date.adding(days: 2)?.description == "2024-03-01")
        #expect(try #require(CalendarDate(iso: "2024-12-31")).adding(days: 1)?.description == "2025-01-01")
        #expect(try #require(CalendarDate(iso: "2025-01-01")).adding(days: -1)?.description == "2024-12-31")
        #expect(try #require(CalendarDate(iso: "2100-02-28")).adding(days: 1)?.description == "2100-03-01", "2100 is no leap year")
        #expect(try #require(CalendarDate(iso: "2000-02-28")).adding(days: 1)?.description == "2000-02-29", "2000 is one")
    }

    @Test func stopsAtTheEdgesOfTheCalendarInsteadOfTrapping() {
        #expect(CalendarDate.earliest.description == "0001-01-01" && CalendarDate.latest.description == "9999-12-31")
        #expect(CalendarDate.latest.adding(days: 1) == nil)
        #expect(CalendarDate.earliest.adding(days: -1) == nil)
        #expect(CalendarDate.latest.adding(days: 0) == CalendarDate.latest)
        #expect(CalendarDate.latest.adding(days: -1)?.description == "9999-12-30")
        #expect(CalendarDate.earliest.adding(days: 1)?.description == "0001-01-02")
        #expect(CalendarDate.latest.adding(days: .max) == nil && CalendarDate.earliest.adding(days: .min) == nil)
        #expect(CalendarDate.earliest.adding(days: .max) == nil && CalendarDate.latest.adding(days: .min) == nil)
        #expect(CalendarDate.latest.next(isoWeekday: 1) == nil, "9999-12-31 is a Friday; no Monday follows")
        #expect(CalendarDate.earliest.previous(isoWeekday: 7) == nil, "0001-01-01 is a Monday; no Sunday precedes")
        #expect(CalendarDate.latest.isoWeekday == 5 && CalendarDate.earliest.isoWeekday == 1)
        #expect(CalendarDate(daysSinceEpoch: CalendarDate.latest.daysSinceEpoch + 1) == nil)
        #expect(CalendarDate(daysSinceEpoch: CalendarDate.earliest.daysSinceEpoch - 1) == nil)
        #expect(CalendarDate(daysSinceEpoch: .max) == nil && CalendarDate(daysSinceEpoch: .min) == nil)
        #expect(CalendarDate(year: .max, month: 1, day: 1) == nil && CalendarDate(year: 1, month: .min, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 1, day: .max) == nil)
    }

    @Test func knowsTheWeekday() throws {
        #expect(try #require(CalendarDate(iso: "2024-06-27")).isoWeekday == 4)  // Thursday
        #expect(try #require(CalendarDate(iso: "2024-10-30")).isoWeekday == 3)  // Wednesday
        #expect(try #require(CalendarDate(iso: "1970-01-01")).isoWeekday == 4)
    }

    @Test func findsTheNextAndPreviousWeekday() throws {
        let monday = try #require(CalendarDate(iso: "2023-09-18"))
        #expect(try #require(CalendarDate(iso: "2023-09-14")).next(isoWeekday: 1) == monday)
        #expect(monday.next(isoWeekday: 1)?.description == "2023-09-25")
        #expect(monday.previous(isoWeekday: 1)?.description == "2023-09-11")
        #expect(monday.previous(isoWeekday: 4)?.description == "2023-09-14")
        #expect(monday.next(isoWeekday: 0) == nil && monday.next(isoWeekday: .max) == nil && monday.previous(isoWeekday: .min) == nil)
    }

    @Test func knowsLeapYears() {
        #expect(CalendarDate.isLeap(2024) && CalendarDate.isLeap(2000) && CalendarDate.isLeap(4))
        #expect(!CalendarDate.isLeap(2023) && !CalendarDate.isLeap(1900) && !CalendarDate.isLeap(2100) && !CalendarDate.isLeap(1))
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil && CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func readsMonthAndWeekdayNames() {
        #expect(MonthName.number(of: "June") == 6)
        #expect(MonthName.number(of: "Jun") == 6)
        #expect(MonthName.number(of: "sept") == 9)
        #expect(MonthName.number(of: "Ma") == nil)
        #expect(MonthName.number(of: "Mayday") == nil)
        #expect(WeekdayName.isoWeekday(of: "Thu") == 4)
        #expect(WeekdayName.isoWeekday(of: "Sunday") == 7)
        #expect(WeekdayName.isoWeekday(of: "Sundays") == nil)
    }
}

/// Properties of the calendar over generated dates, years 1 to 9999.
@Suite struct CalendarDatePropertyTests {
    /// Any day of years 1…9999, as days since the epoch.
    static let anyDay = Gen.int(in: CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch)
    /// Any day near an edge of the calendar: the first or last 800 days.
    static let edgeDay = Gen.int(in: 0..<1600).map { offset in
        offset < 800 ? CalendarDate.earliest.daysSinceEpoch + offset : CalendarDate.latest.daysSinceEpoch - (offset - 800)
    }

    @Test func daysSinceTheEpochRoundTrip() async throws {
        await propertyCheck(count: 2000, input: CalendarDatePropertyTests.anyDay) { days in
            let date = try #require(CalendarDate(daysSinceEpoch: days))
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
        }
    }

    @Test func triplesRoundTripThroughDaysAndISO() async throws {
        await propertyCheck(count: 2000, input: Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)) { year, month, day in
            guard let date = CalendarDate(year: year, month: month, day: day) else {
                #expect(day > CalendarDate.daysIn(month: month, year: year))
                return
            }
            #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
            #expect(CalendarDate(iso: date.description) == date)
            #expect(date.description.count == 10)
        }
    }

    @Test func addingDaysMovesAlongTheDayCount() async throws {
        await propertyCheck(count: 2000, input: CalendarDatePropertyTests.anyDay, Gen.int(in: -4_000_000...4_000_000)) { days, step in
            let date = try #require(CalendarDate(daysSinceEpoch: days))
            let moved = date.adding(days: step)
            let inRange = (CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch).contains(days + step)
            #expect((moved != nil) == inRange)
            if let moved {
                #expect(moved.daysSinceEpoch == days + step)
                #expect(moved.adding(days: -step) == date, "subtracting undoes adding")
                #expect(step > 0 ? moved > date : step < 0 ? moved < date : moved == date)
            }
        }
    }

    @Test func nextDayIsTheFollowingDayOfTheMonthOrTheFirstOfTheNext() async throws {
        await propertyCheck(count: 2000, input: CalendarDatePropertyTests.anyDay) { days in
            let date = try #require(CalendarDate(daysSinceEpoch: days))
            guard let next = date.adding(days: 1) else {
                #expect(date == CalendarDate.latest)
                return
            }
            if date.day < CalendarDate.daysIn(month: date.month, year: date.year) {
                #expect(next.year == date.year && next.month == date.month && next.day == date.day + 1)
            } else if date.month < 12 {
                #expect(next.year == date.year && next.month == date.month + 1 && next.day == 1)
            } else {
                #expect(next.year == date.year + 1 && next.month == 1 && next.day == 1)
            }
            #expect(next.isoWeekday == date.isoWeekday % 7 + 1, "weekdays follow one another")
        }
    }

    @Test func weekdaysRepeatEverySevenDays() async throws {
        await propertyCheck(count: 2000, input: CalendarDatePropertyTests.anyDay, Gen.int(in: 1...7)) { days, weekday in
            let date = try #require(CalendarDate(daysSinceEpoch: days))
            #expect((1...7).contains(date.isoWeekday))
            if let week = date.adding(days: 7) { #expect(week.isoWeekday == date.isoWeekday) }
            if let next = date.next(isoWeekday: weekday) {
                #expect(next.isoWeekday == weekday && (1...7).contains(next.daysSinceEpoch - days))
            } else {
                #expect(CalendarDate.latest.daysSinceEpoch - days < 7)
            }
            if let previous = date.previous(isoWeekday: weekday) {
                #expect(previous.isoWeekday == weekday && (1...7).contains(days - previous.daysSinceEpoch))
            } else {
                #expect(days - CalendarDate.earliest.daysSinceEpoch < 7)
            }
        }
    }

    @Test func nothingTrapsNearTheEdges() async throws {
        await propertyCheck(count: 2000, input: CalendarDatePropertyTests.edgeDay, Gen.int(in: 1...31), Gen.int(in: 1...12)) { days, day, month in
            let date = try #require(CalendarDate(daysSinceEpoch: days))
            for step in [-400, -8, -3, -1, 1, 3, 8, 400, Int.max, Int.min] { _ = date.adding(days: step) }
            _ = DateResolver(reference: .posted(date)).day(day, month: month, tense: .future)
            for weekday in 1...7 { _ = (date.next(isoWeekday: weekday), date.previous(isoWeekday: weekday)) }
            #expect(CalendarDate(iso: date.description) == date)
        }
    }

    @Test func isoParsingNeverTrapsOnAnyText() async {
        let alphabet = Array("0123456789-+ 9x\u{0663}")
        await propertyCheck(count: 2000, input: Gen.int(in: 0..<alphabet.count).array(of: 0...24)) { picks in
            let string = String(picks.map { alphabet[$0] })
            if let date = CalendarDate(iso: string) { #expect(date.description == string) }
        }
    }

    @Test func isoOrderIsDateOrder() async throws {
        await propertyCheck(count: 1000, input: CalendarDatePropertyTests.anyDay, CalendarDatePropertyTests.anyDay) { a, b in
            let first = try #require(CalendarDate(daysSinceEpoch: a)), second = try #require(CalendarDate(daysSinceEpoch: b))
            #expect((first < second) == (a < b))
            #expect((first.description < second.description) == (a < b), "ISO strings sort as dates")
        }
    }
}
