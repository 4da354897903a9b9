import WIBCore

/// One token of a block's text: a word, a number, a punctuation mark or a run of white space,
/// located by UTF-8 offsets into ``BlockText/text``.
///
/// Words are runs of letters and digits (diacritics included: "Jenča" is one word); a hyphen or an
/// apostrophe is a token of its own, so "Secretary-General’s" is five tokens. Tokens cover the
/// text without gaps.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits ("A3", "Jenča").
        case word
        /// Digits only ("2024").
        case number
        /// One punctuation or symbol character ("," "’" "(" "-").
        case punctuation
        /// A run of white space, non-breaking spaces and line breaks included.
        case space
    }

    /// The token's kind.
    public let kind: Kind
    /// The UTF-8 offset of its first byte in the block's text.
    public let start: Int
    /// The UTF-8 offset just past its last byte.
    public let end: Int
    /// Its text folded to lower case (ASCII letters only), hashed: compare with ``WordKey``.
    public let key: WordKey
    /// Whether its first character is an upper-case letter.
    public let isCapitalised: Bool
    /// Whether it has two or more letters, all upper case ("UNMISS", "DPRK").
    public let isAllCapitals: Bool

    /// The UTF-8 offsets it covers.
    public var range: Range<Int> { start..<end }
    /// Whether it is a word or a number.
    public var isWordLike: Bool { kind == .word || kind == .number }
}

/// A word folded to lower case and hashed (64-bit FNV-1a over its UTF-8 bytes, ASCII letters
/// lowered), so that tokens compare with cue words without making strings.
public struct WordKey: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The hash.
    public let value: UInt64

    /// The key of `word` (case-insensitive for ASCII letters).
    @inlinable public init(_ word: some StringProtocol) {
        var hash = WordKey.offset
        for byte in word.utf8 { hash = WordKey.mix(hash, byte) }
        value = hash
    }

    /// The key of a string literal.
    public init(stringLiteral word: String) { self.init(word) }

    init(value: UInt64) { self.value = value }

    @usableFromInline @inline(__always) static var offset: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// One FNV-1a step, with ASCII upper-case letters lowered first.
    @usableFromInline @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte.asciiLowercased)) &* 0x100_0000_01b3
    }
}
