import WIBAnnotators

/// A UN member or observer state as its ISO 3166-1 alpha-3 code (`PRK`, `UKR`), as filters and
/// their options take it: read in any case (`prk` is `PRK`), checked against WIBKit's table of
/// states (`MemberStates`).
public struct CountryCode: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code, in capitals.
    public let code: String

    /// `text` as a state's code, in any case. Throws a message saying what to write: the code of a
    /// state given by name ("write the ISO 3166-1 alpha-3 code: HTI, not 'Haiti'"), or that the
    /// code is unknown.
    public init(reading text: String) throws(OptionError) {
        let code = text.uppercased()
        if MemberStates.all.contains(where: { $0.code == code }) {
            self.code = code
            return
        }
        if let named = CountryCode.codeByFoldedName[text.folded] {
            throw OptionError("write the ISO 3166-1 alpha-3 code: \(named), not '\(text)'")
        }
        throw OptionError("'\(text)' is not the ISO 3166-1 alpha-3 code of a UN member or observer state (such as PRK, UKR, USA)")
    }

    /// A code written in Swift (`"PRK"`, or `CountryCode("PRK")`), taken as written, in capitals,
    /// unchecked; ``init(reading:)`` checks a code from elsewhere.
    public init(stringLiteral code: String) {
        self.code = code.uppercased()
    }

    /// The code.
    public var description: String { code }

    /// Every state's code by its names, folded ("north korea").
    private static let codeByFoldedName = Dictionary(MemberStates.codeByName.map { ($0.key.folded, $0.value) }, uniquingKeysWith: { first, _ in first })
}

extension CountryCode: ExpressibleByOption {
    /// `ISO 3166-1 alpha-3 code (PRK)`.
    public static var optionType: String { "ISO 3166-1 alpha-3 code (PRK)" }

    /// A state's code, in any case; see ``init(reading:)``.
    public init(option: OptionValue) throws(OptionError) {
        try self.init(reading: option.scalar(as: CountryCode.self))
    }

    /// The code.
    public var optionText: String { code }
}
