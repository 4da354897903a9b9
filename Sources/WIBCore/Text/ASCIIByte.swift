/// The byte-level rules of WIBKit's text handling for ASCII, in one place: the readers, the
/// annotators and the pack compare and fold ASCII text byte by byte with these, and hand any
/// other text to `String`'s own rules.
extension UInt8 {
    /// An ASCII capital letter's lower-case letter; any other byte as it is.
    @inlinable public var asciiLowercased: UInt8 {
        self &- UInt8(ascii: "A") < 26 ? self | 0x20 : self
    }

    /// Whether the byte is ASCII white space as `Character.isWhitespace` has it: tab, line feed,
    /// vertical tab, form feed, carriage return or space.
    @inlinable public var isASCIIWhitespace: Bool {
        self == UInt8(ascii: " ") || self &- 0x09 < 5
    }

    /// The byte (ASCII) as ``Swift/StringProtocol/folded`` writes it: a capital in lower case,
    /// `` ` `` as an apostrophe, white space as a space.
    @inlinable public var foldedASCII: UInt8 {
        if isASCIIWhitespace { return UInt8(ascii: " ") }
        return self == UInt8(ascii: "`") ? UInt8(ascii: "'") : asciiLowercased
    }
}
