import Testing
import WIBCore
import Yams
@testable import WIBExporters

/// YAMLText writes what YAMLEncoder writes for the same values, strings that YAML would read as
/// something else included.
struct YAMLTextTests {
    /// Strings of every kind the tag rules know, their edges, and ordinary front matter values.
    static let strings = [
        "", "~", "null", "Null", "NULL", "nil", "true", "True", "TRUE", "tRue", "yes", "no", "on", "Off", "OFF", "y", "n", "<<", "=", "==",
        "0", "12", "-12", "+1_000", "0b101", "0o17", "017", "0x1F", "1:30", "190:20:30", "1.5", "-1.5e+3", "1e5", ".5", "._", ".__",
        ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "NaN", "-.", "+.x", "2024-06-27", "2024-6-7 10:00:00", "2024-06-27T10:00:00Z",
        "2024-06-27t10:00:00.5 +05:30", "true\n", "12\r", "true\u{2028}", "null\u{85}", "a\nb", "title", "date", "format", "rule37",
        "DPRK (North Korea): Open Briefing", "Non-proliferation/DPRK", "S/RES/1718 (2006)", "USA", "Ukraine", "afternoon",
        "https://www.securitycouncilreport.org/whatsinblue/2024/06/dprk.php", "Côte d’Ivoire", "‘quoted’", "#hash", "- dash", ": colon",
        "a: b", "[list]", "{map}", "'single'", "\"double\"", "  spaced  ", "tab\there", "@at", "`tick`", "|", ">", "%", "!", "&anchor", "*alias",
    ]

    @Test func stringsAsYAMLEncoderWritesThem() throws {
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true)
        for string in YAMLTextTests.strings {
            #expect(try YAMLText.document(YAMLText.string(string)) == encoder.encode(string), "\(string.debugDescription)")
        }
        // Each string as a key too, in order.
        let pairs = YAMLTextTests.strings.enumerated().map { ($0.offset == 0 ? "first" : $0.element, $0.element) }
        #expect(try YAMLText.document(YAMLText.mapping(pairs.map { ($0.0, YAMLText.string($0.1)) })) == encoder.encode(Pairs(pairs: pairs)))
    }

    /// String pairs encoded as a mapping in their order.
    private struct Pairs: Encodable {
        let pairs: [(String, String)]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in pairs { try container.encode(value, forKey: Key(stringValue: key)) }
        }

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    @Test func daysAsYAMLEncoderWritesTheirText() throws {
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true)
        let days = [CalendarDate.earliest, CalendarDate.latest, CalendarDate(year: 2024, month: 6, day: 27)!, CalendarDate(year: 987, month: 1, day: 2)!]
        for day in days {
            #expect(try YAMLText.document(YAMLText.day(day)) == encoder.encode(day.description), "\(day)")
        }
        #expect(try YAMLText.document(YAMLText.sequence(days.map(YAMLText.day))) == encoder.encode(days.map(\.description)))
    }

    @Test func listsAndBooleansAsYAMLEncoderWritesThem() throws {
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true)
        #expect(try YAMLText.document(YAMLText.strings(YAMLTextTests.strings)) == encoder.encode(YAMLTextTests.strings))
        #expect(try YAMLText.document(YAMLText.bool(true)) == encoder.encode(true))
        #expect(try YAMLText.document(YAMLText.mapping([("a", nil), ("b", YAMLText.bool(false))])) == encoder.encode(["b": false]))
    }
}
