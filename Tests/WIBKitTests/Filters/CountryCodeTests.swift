import Testing
import WIBKit

@Suite struct CountryCodeTests {
    @Test func aCodeIsReadInAnyCase() throws {
        #expect(try CountryCode(reading: "prk").code == "PRK")
        #expect(try CountryCode(reading: "Ukr") == "UKR")
        #expect(try CountryCode(option: .scalar("hti")).optionText == "HTI")
    }

    @Test func aNameOrAnUnknownCodeSaysWhatToWrite() {
        let named = #expect(throws: OptionError.self) { try CountryCode(reading: "north korea") }
        #expect(named?.message == "write the ISO 3166-1 alpha-3 code: PRK, not 'north korea'")
        let unknown = #expect(throws: OptionError.self) { try CountryCode(reading: "XYZ") }
        #expect(unknown?.message == "'XYZ' is not the ISO 3166-1 alpha-3 code of a UN member or observer state (such as PRK, UKR, USA)")
        #expect(unknown?.option == nil, "the reader adds the option")
    }

    @Test func aCodeWrittenInSwiftIsTakenInCapitals() {
        let code: CountryCode = "gbr"
        #expect(code.code == "GBR")
        #expect(CountryCode("xyz").code == "XYZ", "unchecked: a literal is the programmer's")
        #expect("\(code)" == "GBR")
    }
}
