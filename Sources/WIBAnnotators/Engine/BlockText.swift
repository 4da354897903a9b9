import WIBCore

/// The text of one run of inlines (a paragraph, a heading, a table cell), flattened once, with its
/// tokens, sentences and lexicon hits: what every finder reads.
///
/// Offsets are UTF-8 offsets into ``text``; token indices index ``tokens``. A block is made once
/// and only read, so it is a class: finders and sentences share it without copying.
public final class BlockText: Sendable {
    /// The joined text of the inlines (a soft break reads as a line break).
    public let text: String
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// The tokens, covering the text without gaps.
    public let tokens: [Token]
    /// The sentences, as ranges of token indices, covering the tokens without gaps.
    public let sentences: [Range<Int>]
    /// The lexicon's phrases found in the text, ordered by first token.
    public let hits: [LexiconHit]
    /// The source line of the block.
    public let line: Int
    /// The index of the block among the post's text blocks, in reading order.
    public let index: Int
    /// Where ``hits`` for each token start: hits starting at token `i` are `hits[firstHit[i]..<firstHit[i + 1]]`.
    private let firstHit: [Int]
    /// The sentence of each token, as an index into ``sentences``.
    private let sentenceOfToken: [Int]
    /// The categories of the cue phrases that start at each token, one bit each.
    private let cueMasks: [UInt32]

    /// Flattens and tokenises `text`.
    public init(text: String, line: Int, index: Int, lexicon: Lexicon = .standard) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.line = line
        self.index = index
        tokens = Tokenizer.tokens(of: bytes)
        sentences = SentenceSplitter.sentences(of: tokens, in: bytes)
        hits = lexicon.hits(in: tokens, bytes: bytes)
        var first = [Int](repeating: hits.count, count: tokens.count + 1)
        for (position, hit) in hits.enumerated().reversed() { first[hit.tokens.lowerBound] = position }
        for token in stride(from: tokens.count - 1, through: 0, by: -1) where first[token] == hits.count {
            first[token] = first[token + 1]
        }
        firstHit = first
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (number, sentence) in sentences.enumerated() { for token in sentence { sentenceOf[token] = number } }
        sentenceOfToken = sentenceOf
        var masks = [UInt32](repeating: 0, count: tokens.count)
        for hit in hits { if case .cue(let cue) = hit.entry { masks[hit.tokens.lowerBound] |= 1 << UInt32(cue.category.rawValue) } }
        cueMasks = masks
    }

    /// Whether a cue phrase of `category` starts at token `i`.
    @inline(__always)
    public func has(_ category: Cue.Category, at i: Int?) -> Bool {
        guard let i, i >= 0, i < tokens.count else { return false }
        return cueMasks[i] & (1 << UInt32(category.rawValue)) != 0
    }

    // MARK: Text

    /// The text of a UTF-8 range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// The text of token `i`.
    public func string(ofToken i: Int) -> String { string(tokens[i].range) }

    /// The text from token `first` through token `last` (inclusive), white space as written.
    public func string(tokens first: Int, through last: Int) -> String {
        string(tokens[first].start..<tokens[last].end)
    }

    /// The UTF-8 range from the start of token `first` to the end of token `last`.
    public func range(tokens first: Int, through last: Int) -> Range<Int> { tokens[first].start..<tokens[last].end }

    /// Whether token `i` holds a line break ("\n"), read from its bytes.
    public func breaksLine(_ i: Int) -> Bool {
        bytes[tokens[i].range].contains(UInt8(ascii: "\n"))
    }

    // MARK: Navigation

    /// The next token after `i` that is not white space, or `nil`.
    public func next(after i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count {
            if tokens[j].kind != .space { return j }
            j += 1
        }
        return nil
    }

    /// The last token before `i` that is not white space, or `nil`.
    public func previous(before i: Int) -> Int? {
        var j = i - 1
        while j >= 0 {
            if tokens[j].kind != .space { return j }
            j -= 1
        }
        return nil
    }

    /// Whether token `i` is `word`, in any case of its ASCII letters (compared byte by byte).
    @inline(__always)
    public func isWord(_ i: Int?, _ word: StaticString) -> Bool {
        guard let i, i >= 0, i < tokens.count, tokens[i].kind != .space else { return false }
        let token = tokens[i]
        guard token.end - token.start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            for offset in 0..<buffer.count {
                let a = bytes[token.start + offset], b = buffer[offset]
                if a.asciiLowercased != b.asciiLowercased { return false }
            }
            return true
        }
    }

    /// Whether token `i` is one of `keys`.
    @inline(__always)
    public func isWord(_ i: Int?, in keys: WordSet) -> Bool {
        guard let i, i >= 0, i < tokens.count, tokens[i].kind != .space else { return false }
        return keys.contains(tokens[i].key)
    }

    /// The index of the token that holds UTF-8 offset `offset`.
    public func token(at offset: Int) -> Int {
        var low = 0, high = tokens.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if tokens[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The sentence (token range) that holds token `i`.
    public func sentence(containing i: Int) -> Range<Int> {
        guard i >= 0, i < tokens.count, !sentences.isEmpty else { return 0..<tokens.count }
        return sentences[sentenceOfToken[i]]
    }

    /// The lexicon hits that start at token `i`, longest first.
    public func hits(at i: Int) -> ArraySlice<LexiconHit> { hits[firstHit[i]..<firstHit[i + 1]] }
}
