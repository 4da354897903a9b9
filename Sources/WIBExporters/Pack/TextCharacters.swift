import WIBCore

/// A text's characters — grapheme clusters, as `String` counts them — numbered from 0, with what
/// the clause finder (``DatedClauses``) asks of each answered from arrays: where it starts in the
/// text's UTF-8, which character it is, and whether it is white space or a letter.
///
/// An ASCII byte followed by another (a carriage return aside) is a character of its own, as
/// Unicode's rules have it; any other character is found by `String` and asked as a `Character`,
/// so that the numbers and answers are `String`'s own for any text.
struct TextCharacters {
    /// The text's UTF-8.
    let utf8: [UInt8]
    /// Each character's first byte in ``utf8``, then ``utf8``'s count.
    private(set) var starts: [Int] = []
    /// Each character's code (see ``code(of:)``).
    private var codes: [UInt32] = []
    /// Each character's kind.
    private var kinds: [Kind] = []

    /// Whether a character is white space (`Character.isWhitespace`) or a letter (`isLetter`).
    struct Kind: OptionSet {
        let rawValue: UInt8
        static let whitespace = Kind(rawValue: 1)
        static let letter = Kind(rawValue: 2)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The kind of `character`.
        init(_ character: Character) {
            self = []
            if character.isWhitespace { insert(.whitespace) }
            if character.isLetter { insert(.letter) }
        }
    }

    /// The kinds of the ASCII characters, by byte, as `Character` gives them.
    private static let asciiKinds = (0..<128).map { Kind(Character(Unicode.Scalar(UInt8($0)))) }

    /// The code of a character that is no ASCII or single-scalar character (see ``code(of:)``).
    private static let otherCode = UInt32.max

    /// The characters of `text`.
    init(_ text: String) {
        utf8 = Array(text.utf8)
        let count = utf8.count
        starts.reserveCapacity(count + 1)
        codes.reserveCapacity(count)
        kinds.reserveCapacity(count)
        var offset = 0
        while offset < count {
            let byte = utf8[offset]
            starts.append(offset)
            if byte < 0x80, byte != 0x0D, offset + 1 == count || utf8[offset + 1] < 0x80 {
                codes.append(UInt32(byte))
                kinds.append(TextCharacters.asciiKinds[Int(byte)])
                offset += 1
            } else {
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                let character = text[index]
                codes.append(TextCharacters.code(of: character))
                kinds.append(Kind(character))
                offset = text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: index))
            }
        }
        starts.append(count)
    }

    /// How many characters the text has.
    var count: Int { codes.count }

    /// Whether the character at `index` equals `scalar`'s character (as `Character`'s `==` has
    /// it), for an ASCII scalar or any other that normalization leaves as it is (“ ” —).
    func at(_ index: Int, is scalar: Unicode.Scalar) -> Bool {
        codes[index] == scalar.value
    }

    /// Whether the character at `index` is white space.
    func isWhitespace(_ index: Int) -> Bool { kinds[index].contains(.whitespace) }

    /// Whether the character at `index` is a letter.
    func isLetter(_ index: Int) -> Bool { kinds[index].contains(.letter) }

    /// Whether the character at `index` is one byte (an ASCII character).
    func isByte(_ index: Int) -> Bool { starts[index + 1] - starts[index] == 1 }

    /// The number of the character in which the text's UTF-8 byte `offset` falls or, when it
    /// falls in none, the count: how many characters start before it.
    func character(atByte offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The characters in `range`, as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[starts[range.lowerBound]..<starts[range.upperBound]], as: UTF8.self)
    }

    /// The characters in `range` with each run of white space one space, and none at either end:
    /// `String(characters).split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    func collapsingWhitespace(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(starts[range.upperBound] - starts[range.lowerBound])
        var space = false
        var index = range.lowerBound
        while index < range.upperBound {
            if isWhitespace(index) {
                space = !bytes.isEmpty
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, !isWhitespace(end) { end += 1 }
            if space { bytes.append(0x20) }
            space = false
            bytes.append(contentsOf: utf8[starts[index]..<starts[end]])
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the characters from `index` on, before `end`, each lower-cased, begin with those
    /// of `prefix` (ASCII): `Character(text[i].lowercased()) == prefix[i - index]` for each.
    func hasLowercasedPrefix(_ prefix: [UInt8], at index: Int, before end: Int) -> Bool {
        guard index + prefix.count <= end else { return false }
        for (offset, expected) in prefix.enumerated() {
            let character = index + offset
            if isByte(character) {
                let byte = utf8[starts[character]]
                guard byte.asciiLowercased == expected else { return false }
            } else {
                guard string(character..<(character + 1)).lowercased() == String(Unicode.Scalar(expected)) else { return false }
            }
        }
        return true
    }

    /// Hands on each longest run of the numbers in `range` that `isIn` holds for (the letters of
    /// a text, for its words), in order, while `body` returns `true`.
    static func runs(in range: Range<Int>, where isIn: (Int) -> Bool, _ body: (Range<Int>) -> Bool) {
        var start = range.lowerBound
        while start < range.upperBound {
            guard isIn(start) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < range.upperBound, isIn(end) { end += 1 }
            guard body(start..<end) else { return }
            start = end
        }
    }

    /// A character's code, by which ``at(_:is:)`` compares it: its scalar's value for a
    /// character of one scalar that normalization leaves as it is (and so equals no other
    /// character of one scalar); for any other, the value of the ASCII character or “ ” — it
    /// equals (";" for U+037E GREEK QUESTION MARK), or ``otherCode``.
    static func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.count == 1, !scalar.properties.isFullCompositionExclusion { return scalar.value }
        return comparable.first { character == $0 }.map { $0.unicodeScalars.first!.value } ?? otherCode
    }

    /// The characters ``at(_:is:)`` compares with: ASCII, and the curly quotes and the dash.
    private static let comparable = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["“", "”", "—"]
}
