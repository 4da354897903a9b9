/// A window of a block's bytes, read as a regular expression reads it (its end is the end of the
/// text), with the steps the matchers that stand in for a ``TextPattern`` take: runs of `\s` and
/// `\d`, literals. Characters are classed by ``PatternCharacter``, which throws on any it does not
/// know.
struct PatternCursor {
    let bytes: [UInt8]
    /// The end of the window: nothing at or after it is read.
    let end: Int

    /// The character at `offset`, or `nil` at the end.
    func character(at offset: Int) throws(PatternCharacter.Unknown) -> PatternCharacter? {
        offset < end ? try PatternCharacter.at(offset, in: bytes) : nil
    }

    /// Where a run of `\s` that starts at `offset` ends (`offset` when there is none).
    func spaces(from offset: Int) throws(PatternCharacter.Unknown) -> Int {
        var position = offset
        while let character = try character(at: position), character.isSpace { position += character.length }
        return position
    }

    /// Where a run of `\d` that starts at `offset` ends (`offset` when there is none).
    func digits(from offset: Int) throws(PatternCharacter.Unknown) -> Int {
        var position = offset
        while let character = try character(at: position), character.isDigit { position += character.length }
        return position
    }

    /// Whether `count` characters of `\d` start at `offset`.
    func hasDigits(_ count: Int, at offset: Int) throws(PatternCharacter.Unknown) -> Bool {
        var position = offset
        for _ in 0..<count {
            guard let character = try character(at: position), character.isDigit else { return false }
            position += character.length
        }
        return true
    }

    /// Whether the ASCII text `literal` stands at `offset`, case-sensitively.
    func has(_ literal: StaticString, at offset: Int) -> Bool {
        guard offset + literal.utf8CodeUnitCount <= end else { return false }
        return literal.withUTF8Buffer { buffer in
            for index in 0..<buffer.count where bytes[offset + index] != buffer[index] { return false }
            return true
        }
    }

    /// Whether the byte at `offset` is `byte` (an ASCII character).
    func has(byte: UInt8, at offset: Int) -> Bool { offset < end && bytes[offset] == byte }
}
