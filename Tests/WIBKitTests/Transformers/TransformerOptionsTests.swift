import Testing
import WIBKit

/// A transformer with one option of each kind, to check the registry's checking.
private struct Probe: ConfigurableTransformer {
    static let name = "probe"
    static let summary = "Checks options."
    static let options = [
        TransformerOption("label", .text, "A string."),
        TransformerOption("words", .texts, "Strings."),
        TransformerOption("day", .date, "A date."),
        TransformerOption("flag", .boolean, "A flag."),
        TransformerOption("limit", .seconds, "A duration."),
        TransformerOption("mode", .choice(["fast", "slow"]), "One of two."),
        TransformerOption("modes", .choices(["fast", "slow"]), "Some of two."),
        TransformerOption("state", .country, "A state."),
    ]
    static let shorthand: String? = "words"
    let options: TransformerOptions
    init(options: TransformerOptions) throws(Diagnostic) { self.options = options }
    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { corpus }
}

@Suite struct TransformerOptionsTests {
    private func check(_ entries: [(String, OptionValue)]) throws(Diagnostic) -> TransformerOptions {
        let value = OptionValue(.mapping(entries.map { OptionValue.Entry(key: $0.0, value: $0.1) }), line: 3)
        return try TransformerOptions(checking: value, for: Probe.self, path: "wib.yml", line: 3)
    }

    @Test func everyKindIsCheckedAndTyped() throws {
        let options = try check([
            ("label", .scalar("x")), ("words", OptionValue(.list([.scalar("a"), .scalar("b")]))), ("day", .scalar("2024-02-29")),
            ("flag", .scalar("false")), ("limit", .scalar("2.5")), ("mode", .scalar("slow")), ("modes", .scalar("fast")), ("state", .scalar("PRK")),
        ])
        #expect(options.text("label") == "x")
        #expect(options.texts("words") == ["a", "b"])
        #expect(options.date("day") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(options.boolean("flag") == false)
        #expect(options.seconds("limit") == 2.5)
        #expect(options.text("mode") == "slow")
        #expect(options.texts("modes") == ["fast"], "a single value is a list of one")
        #expect(options.text("state") == "PRK")
        #expect(options.text("missing") == nil)
    }

    @Test func aCountryCodeIsReadInAnyCase() throws {
        #expect(try check([("state", .scalar("prk"))]).text("state") == "PRK")
        #expect(try check([("state", .scalar("Ukr"))]).text("state") == "UKR")
    }

    @Test(arguments: [
        ("day", "2023-02-29", "'2023-02-29' is not a date"),
        ("flag", "maybe", "'maybe' is not true or false"),
        ("limit", "-1", "'-1' is not a positive number of seconds"),
        ("mode", "medium", "'medium' is not one of: fast, slow"),
        ("modes", "medium", "'medium' is not one of: fast, slow"),
        ("state", "North Korea", "write the ISO 3166-1 alpha-3 code: PRK"),
        ("state", "XYZ", "'XYZ' is not the ISO 3166-1 alpha-3 code"),
    ])
    func badValuesNameTheOptionAndTheLine(_ name: String, _ value: String, _ message: String) {
        let error = #expect(throws: Diagnostic.self) {
            try check([(name, OptionValue(.scalar(value), line: 7))])
        }
        #expect(error?.description.hasPrefix("wib.yml:7: error: 'probe' option '\(name)': ") == true)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test func unknownAndRepeatedOptionsAreErrors() {
        let unknown = #expect(throws: Diagnostic.self) { try check([("lable", .scalar("x"))]) }
        #expect(unknown?.message == "unknown option 'lable' for 'probe'; its options are: label, words, day, flag, limit, mode, modes, state")
        let twice = #expect(throws: Diagnostic.self) { try check([("label", .scalar("x")), ("label", .scalar("y"))]) }
        #expect(twice?.message == "option 'label' of 'probe' is given twice")
        let nested = #expect(throws: Diagnostic.self) { try check([("label", OptionValue(.list([.scalar("x")])))]) }
        #expect(nested?.message.contains("expected a single value") == true)
    }

    @Test func aBareValueFillsTheShorthand() throws {
        let options = try TransformerOptions(checking: OptionValue(.list([.scalar("a")])), for: Probe.self, path: nil, line: nil)
        #expect(options.texts("words") == ["a"])
        #expect(try TransformerOptions(checking: nil, for: Probe.self, path: nil, line: nil).texts("words") == nil)
    }

    @Test func aBareValueIsRefusedWithoutAShorthand() {
        let error = #expect(throws: Diagnostic.self) {
            try TransformerOptions(checking: .scalar("x", line: 4), for: Filter.self, path: "wib.yml", line: 4)
        }
        #expect(error?.description.hasPrefix("wib.yml:4: error: 'filter' takes its options as a mapping") == true)
        let none = #expect(throws: Diagnostic.self) {
            try TransformerOptions(checking: .scalar("x", line: 4), for: StripBoilerplate.self, path: "wib.yml", line: 4)
        }
        #expect(none?.message == "'strip-boilerplate' takes no options")
    }
}
