import Testing
import WIBKit

/// A user's transformer with options of every kind, declared once each.
private struct Probe: ConfigurableTransformer {
    enum Mode: String, CaseIterable, ExpressibleByOption {
        case fast, slow
    }

    static let name = "probe"
    static let summary = "Checks options."
    static var shorthand: KeyPath<Probe, DeclaredOption>? { \.$words }

    @Option(help: "A string.") var label = "none"
    @Option(help: "Strings.") var words: [String] = []
    @Option(help: "A date.") var day: CalendarDate?
    @Option(help: "A flag.") var flag = false
    @Option(help: "A count.") var count = 3
    @Option(help: "A duration.") var limit = 2.5
    @Option(help: "One of two.") var mode = Mode.fast
    @Option(help: "Some of two.") var modes: [Mode] = []
    @Option(help: "A state.") var state: CountryCode?
    @Option(help: "The last day.") var lastDay: CalendarDate?
    /// Not an option: no wrapper.
    var runs = 0

    init() {}

    func validate() throws {
        if let day, let lastDay, day > lastDay { throw OptionError("'day' (\(day)) is after 'lastDay' (\(lastDay))", at: $lastDay) }
        if label == "step" { throw OptionError("the label cannot be 'step'") }
        if label == "other" { throw OtherError() }
    }

    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { corpus }
}

private struct OtherError: Error, CustomStringConvertible {
    var description: String { "something else went wrong" }
}

/// A transformer without options.
private struct Plain: ConfigurableTransformer {
    static let name = "plain"
    static let summary = "Takes nothing."
    init() {}
    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { corpus }
}

/// A transformer whose shorthand leads to no option.
private struct Misnamed: ConfigurableTransformer {
    static let name = "misnamed"
    static let summary = "Names a shorthand that is not an option."
    static var shorthand: KeyPath<Misnamed, DeclaredOption>? { \.elsewhere }
    @Option(help: "A string.") var label = ""
    var elsewhere: DeclaredOption { Probe().$label }
    init() {}
    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { corpus }
}

@Suite struct OptionReadingTests {
    /// The step `- probe: {…}` on line 3 of wib.yml, each option on a line of its own from line 4.
    private func probe(_ entries: [(String, OptionValue)]) throws(Diagnostic) -> Probe {
        let mapping = entries.enumerated().map { OptionValue.Entry(key: $1.0, value: OptionValue($1.1.content, line: 4 + $0)) }
        return try Probe(checking: OptionValue(.mapping(mapping), line: 3), path: "wib.yml", line: 3)
    }

    private func list(_ items: String...) -> OptionValue {
        OptionValue(.list(items.map { .scalar($0) }))
    }

    @Test func optionsAreNamedAfterTheirPropertiesWithTypesAndDefaults() {
        #expect(Probe.options.map(\.synopsis) == [
            "label: text (default: none)", "words: list of text", "day: date (YYYY-MM-DD)", "flag: true or false (default: false)",
            "count: integer (default: 3)", "limit: number (default: 2.5)", "mode: one of: fast, slow (default: fast)",
            "modes: list of one of: fast, slow", "state: ISO 3166-1 alpha-3 code (PRK)", "lastDay: date (YYYY-MM-DD)",
        ])
        #expect(Probe.options.first?.help == "A string.")
        #expect(Probe.options.first?.defaultValue == "none")
        #expect(Probe.options[2].defaultValue == nil, "an optional option has no default")
        #expect(Probe.shorthandOption?.name == "words")
        #expect(Plain.options.isEmpty)
        #expect(Plain.shorthandOption == nil)
    }

    @Test func everyKindIsReadIntoItsProperty() throws {
        let probe = try probe([
            ("label", .scalar("x")), ("words", list("a", "b")), ("day", .scalar("2024-02-29")), ("flag", .scalar("yes")),
            ("count", .scalar("12")), ("limit", .scalar("0.5")), ("mode", .scalar("slow")), ("modes", .scalar("fast")), ("state", .scalar("prk")),
        ])
        #expect(probe.label == "x")
        #expect(probe.words == ["a", "b"])
        #expect(probe.day == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(probe.flag)
        #expect(probe.count == 12)
        #expect(probe.limit == 0.5)
        #expect(probe.mode == .slow)
        #expect(probe.modes == [.fast])
        #expect(probe.state == "PRK")
        #expect(probe.lastDay == nil)
        #expect(probe.$label.isGiven && !probe.$lastDay.isGiven)
    }

    @Test func optionsNotGivenKeepTheirDefaults() throws {
        let probe = try Probe(checking: nil)
        #expect(probe.label == "none" && probe.words.isEmpty && probe.day == nil && !probe.flag && probe.count == 3 && probe.mode == .fast)
        #expect(!probe.$label.isGiven)
        #expect(probe.runs == 0)
    }

    @Test func aBareValueFillsTheShorthand() throws {
        #expect(try Probe(checking: list("a")).words == ["a"])
        #expect(try Probe(checking: .scalar("b")).words == ["b"])
    }

    @Test func aBareValueIsRefusedWithoutAShorthand() {
        let filter = #expect(throws: Diagnostic.self) { try Filter(checking: .scalar("x", line: 4), path: "wib.yml", line: 4) }
        #expect(filter?.description.hasPrefix("wib.yml:4: error: 'filter' takes its options as a mapping, such as {agenda: …}; its options are: agenda, country, countryRole") == true)
        let plain = #expect(throws: Diagnostic.self) { try Plain(checking: .scalar("x", line: 4), path: "wib.yml", line: 4) }
        #expect(plain?.description == "wib.yml:4: error: 'plain' takes no options")
    }

    @Test(arguments: [
        ("day", OptionValue.scalar("2023-02-29"), "'2023-02-29' is not a date; write YYYY-MM-DD"),
        ("flag", .scalar("maybe"), "'maybe' is not true or false"),
        ("limit", .scalar("soon"), "'soon' is not a number"),
        ("mode", .scalar("medium"), "'medium' is not one of: fast, slow"),
        ("modes", .scalar("medium"), "'medium' is not one of: fast, slow"),
        ("state", .scalar("North Korea"), "write the ISO 3166-1 alpha-3 code: PRK, not 'North Korea'"),
        ("label", OptionValue(.list([.scalar("x")])), "expected a single value (text), not a list or a mapping"),
    ])
    func aBadValueNamesTheOptionItsLineAndWhatIsExpected(_ name: String, _ value: OptionValue, _ message: String) {
        let error = #expect(throws: Diagnostic.self) { try probe([("count", .scalar("1")), (name, value)]) }
        #expect(error?.description == "wib.yml:5: error: 'probe' option '\(name)': \(message)")
    }

    @Test func anUnknownOptionSuggestsTheClosest() {
        let typo = #expect(throws: Diagnostic.self) { try probe([("lable", .scalar("x"))]) }
        #expect(typo?.description == "wib.yml:4: error: unknown option 'lable' for 'probe' (did you mean 'label'?); its options are: label, words, day, flag, count, limit, mode, modes, state, lastDay")
        let kebab = #expect(throws: Diagnostic.self) { try probe([("last-day", .scalar("2024-01-01"))]) }
        #expect(kebab?.message.hasPrefix("unknown option 'last-day' for 'probe' (did you mean 'lastDay'?)") == true)
        let far = #expect(throws: Diagnostic.self) { try probe([("colour", .scalar("blue"))]) }
        #expect(far?.message.hasPrefix("unknown option 'colour' for 'probe'; its options are: label") == true, "nothing close: no suggestion")
        let none = #expect(throws: Diagnostic.self) { try Plain(checking: OptionValue(.mapping([.init(key: "x", value: .scalar("1"))]))) }
        #expect(none?.message == "'plain' takes no options, but was given 'x'")
    }

    @Test func anOptionGivenTwiceIsAnError() {
        let twice = #expect(throws: Diagnostic.self) { try probe([("label", .scalar("x")), ("label", .scalar("y"))]) }
        #expect(twice?.description == "wib.yml:5: error: option 'label' of 'probe' is given twice")
    }

    @Test func validateRunsAfterReadingAndIsLocatedAtTheOption() {
        let option = #expect(throws: Diagnostic.self) { try probe([("day", .scalar("2024-05-01")), ("lastDay", .scalar("2024-01-01"))]) }
        #expect(option?.description == "wib.yml:5: error: 'probe' option 'lastDay': 'day' (2024-05-01) is after 'lastDay' (2024-01-01)")
        let step = #expect(throws: Diagnostic.self) { try probe([("count", .scalar("1")), ("label", .scalar("step"))]) }
        #expect(step?.description == "wib.yml:3: error: 'probe': the label cannot be 'step'")
        let other = #expect(throws: Diagnostic.self) { try probe([("label", .scalar("other"))]) }
        #expect(other?.description == "wib.yml:3: error: 'probe': something else went wrong")
    }

    @Test func optionsGivenByNameThrowTheOptionAndItsValuesLine() {
        let error = #expect(throws: OptionError.self) { try Filter(options: [.init(key: "country", value: .scalar("Haiti", line: 9))]) }
        #expect(error?.option == "country")
        #expect(error?.line == 9)
        #expect(error?.message == "write the ISO 3166-1 alpha-3 code: HTI, not 'Haiti'")
        #expect(error?.message(for: "filter") == "'filter' option 'country': write the ISO 3166-1 alpha-3 code: HTI, not 'Haiti'")
    }

    @Test func aTransformerKeepsValueSemantics() throws {
        let read = try probe([("label", .scalar("read"))])
        var copy = read
        copy.label = "changed"
        copy.words.append("w")
        #expect(read.label == "read" && read.words.isEmpty)
        #expect(copy.label == "changed" && copy.words == ["w"])
        #expect(copy.$label.isGiven, "a copy keeps what the step gave")
        var made = Probe()
        made.count = 7
        #expect(Probe().count == 3)
        #expect(made.count == 7)
    }

    @Test func aShorthandThatIsNoOptionIsRefusedWhenRegistered() {
        var registry = TransformerRegistry()
        let error = #expect(throws: Diagnostic.self) { try registry.register(Misnamed.self) }
        #expect(error?.message.hasPrefix("the shorthand of 'misnamed' is none of its options") == true)
        #expect(registry.names.isEmpty)
    }
}
