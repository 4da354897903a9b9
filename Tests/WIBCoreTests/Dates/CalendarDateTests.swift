import Testing
import WIBCore

@Suite struct CalendarDateTests {
    @Test func parsesAndFormatsISODates() throws {
        let date = try #require(CalendarDate(iso: "2024-06-28"))
        #expect(date.year == 2024 && date.month == 6 && date.day == 28)
        #expect(date.description == "2024-06-28")
        #expect(CalendarDate(year: 987, month: 1, day: 2)?.description == "0987-01-02")
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-04-31", "24-06-28", "2024-6-28", "", "yesterday"])
    func rejectsDatesThatDoNotExist(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() throws {
        let date = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(try #require(CalendarDate(iso: "2024-12-31")).adding(days: 1).description == "2025-01-01")
        #expect(try #require(CalendarDate(iso: "2025-01-01")).adding(days: -1).description == "2024-12-31")
    }

    @Test func knowsTheWeekday() throws {
        #expect(try #require(CalendarDate(iso: "2024-06-27")).isoWeekday == 4)  // Thursday
        #expect(try #require(CalendarDate(iso: "2024-10-30")).isoWeekday == 3)  // Wednesday
        #expect(try #require(CalendarDate(iso: "1970-01-01")).isoWeekday == 4)
    }

    @Test func resolvesDayAndMonthToTheNearestYear() throws {
        let december = try #require(CalendarDate(iso: "2024-12-30"))
        #expect(CalendarDate.nearest(day: 6, month: 1, to: december)?.description == "2025-01-06")
        #expect(CalendarDate.nearest(day: 20, month: 12, to: december)?.description == "2024-12-20")
        let january = try #require(CalendarDate(iso: "2025-01-03"))
        #expect(CalendarDate.nearest(day: 28, month: 12, to: january)?.description == "2024-12-28")
        let june = try #require(CalendarDate(iso: "2024-06-27"))
        #expect(CalendarDate.nearest(day: 28, month: 3, to: june)?.description == "2024-03-28")
        #expect(CalendarDate.nearest(day: 29, month: 2, to: try #require(CalendarDate(iso: "2025-03-01")))?.description == "2024-02-29")
    }

    @Test func findsTheNextWeekday() throws {
        let monday = try #require(CalendarDate(iso: "2023-09-18"))
        #expect(try #require(CalendarDate(iso: "2023-09-14")).next(isoWeekday: 1) == monday)
        #expect(monday.next(isoWeekday: 1).description == "2023-09-25")
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
