import Testing
import WIBKit

/// A user's own enumeration: the conformance is all it declares.
private enum Speed: String, CaseIterable, ExpressibleByOption {
    case fast, slow, careful
}

/// A user's own type with its own reading.
private struct Percentage: ExpressibleByOption, Equatable {
    var value: Int
    static let optionType = "percentage (0–100)"
    init(value: Int) { self.value = value }
    init(option: OptionValue) throws(OptionError) {
        let text = try option.scalar(as: Percentage.self)
        guard let value = Int(text), (0...100).contains(value) else { throw OptionError("'\(text)' is not a percentage from 0 to 100") }
        self.value = value
    }
    var optionText: String { "\(value)" }
}

@Suite struct OptionTypesTests {
    private func read<Value: ExpressibleByOption>(_ type: Value.Type, _ text: String) throws(OptionError) -> Value {
        try Value(option: .scalar(text))
    }

    private func message<Value: ExpressibleByOption>(_ type: Value.Type, _ value: OptionValue) -> String? {
        do throws(OptionError) {
            _ = try Value(option: value)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func eachTypeNamesItself() {
        #expect(String.optionType == "text")
        #expect(Int.optionType == "integer")
        #expect(Double.optionType == "number")
        #expect(Bool.optionType == "true or false")
        #expect(CalendarDate.optionType == "date (YYYY-MM-DD)")
        #expect(CountryCode.optionType == "ISO 3166-1 alpha-3 code (PRK)")
        #expect(Speed.optionType == "one of: fast, slow, careful")
        #expect([String].optionType == "list of text")
        #expect([Speed].optionType == "list of one of: fast, slow, careful")
        #expect(Percentage.optionType == "percentage (0–100)")
    }

    @Test func goodValuesAreRead() throws {
        #expect(try read(String.self, "Yemen: 2140") == "Yemen: 2140")
        #expect(try read(Int.self, "-3") == -3)
        #expect(try read(Double.self, "2.5") == 2.5)
        #expect(try read(Double.self, "60") == 60)
        for yes in ["true", "Yes", "ON"] { #expect(try read(Bool.self, yes)) }
        for no in ["false", "no", "Off"] { #expect(try !read(Bool.self, no)) }
        #expect(try read(CalendarDate.self, "2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(try read(Speed.self, "careful") == .careful)
        #expect(try read(Percentage.self, "40") == Percentage(value: 40))
    }

    @Test func aListTakesItemsOrASingleValue() throws {
        #expect(try [Int](option: OptionValue(.list([.scalar("1"), .scalar("2")]))) == [1, 2])
        #expect(try [Speed](option: .scalar("slow")) == [.slow], "a single value is a list of one")
        #expect(try [String](option: OptionValue(.list([]))) == [])
    }

    @Test(arguments: [
        ("integer", "2.5", "'2.5' is not an integer"),
        ("number", "soon", "'soon' is not a number"),
        ("number", "nan", "'nan' is not a number"),
        ("boolean", "maybe", "'maybe' is not true or false"),
        ("date", "2023-02-29", "'2023-02-29' is not a date; write YYYY-MM-DD"),
        ("date", "29 February 2024", "'29 February 2024' is not a date; write YYYY-MM-DD"),
        ("enumeration", "medium", "'medium' is not one of: fast, slow, careful"),
        ("enumeration", "slwo", "'slwo' is not one of: fast, slow, careful (did you mean 'slow'?)"),
        ("enumeration", "Fast", "'Fast' is not one of: fast, slow, careful (did you mean 'fast'?)"),
        ("user type", "140", "'140' is not a percentage from 0 to 100"),
    ])
    func badValuesSayWhatIsWrongAndNameTheType(_ type: String, _ text: String, _ expected: String) {
        let value = OptionValue.scalar(text)
        let messages = ["integer": message(Int.self, value), "number": message(Double.self, value), "boolean": message(Bool.self, value),
                        "date": message(CalendarDate.self, value), "enumeration": message(Speed.self, value), "user type": message(Percentage.self, value)]
        #expect(messages[type] == expected)
    }

    @Test func aValueOfTheWrongShapeNamesTheExpectedType() {
        let list = OptionValue(.list([.scalar("2024-01-01")]))
        let mapping = OptionValue(.mapping([.init(key: "a", value: .scalar("b"))]))
        #expect(message(CalendarDate.self, list) == "expected a single value (date (YYYY-MM-DD)), not a list or a mapping")
        #expect(message(Speed.self, mapping) == "expected a single value (one of: fast, slow, careful), not a list or a mapping")
        #expect(message([String].self, mapping) == "expected a list of text, not a mapping")
        #expect(message([Int].self, OptionValue(.list([.scalar("1"), .scalar("x")]))) == "'x' is not an integer", "the first bad item")
        #expect(message([String].self, OptionValue(.list([OptionValue(.list([]))]))) == "expected a single value (text), not a list or a mapping")
    }

    @Test func valuesAreWrittenBackAsAPipelineFileWritesThem() throws {
        #expect("regime".optionText == "regime")
        #expect(60.0.optionText == "60")
        #expect(2.5.optionText == "2.5")
        #expect(12.optionText == "12")
        #expect(false.optionText == "false")
        #expect(try #require(CalendarDate(iso: "2025-01-31")).optionText == "2025-01-31")
        #expect(Speed.slow.optionText == "slow")
        #expect([Speed.fast, .slow].optionText == "[fast, slow]")
        #expect(try read(Double.self, 60.0.optionText) == 60, "what is written back reads again")
    }
}
