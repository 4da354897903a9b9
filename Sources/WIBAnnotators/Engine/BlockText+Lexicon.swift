import WIBCore
extension BlockText {
    /// The leftmost-longest lexicon phrases that `name` names (an id for the phrases it wants,
    /// `nil` for the rest), none overlapping, as token ranges.
    public func phrases(_ name: (LexiconEntry) -> String?) -> [(tokens: Range<Int>, id: String)] {
        var found: [(tokens: Range<Int>, id: String)] = []
        var next = 0
        for hit in hits where hit.tokens.lowerBound >= next {
            guard let id = name(hit.entry) else { continue }
            found.append((hit.tokens, id))
            next = hit.tokens.upperBound
        }
        return found
    }

    /// The cue of token `i` (the longest cue phrase starting there), or `nil`.
    public func cue(at i: Int) -> (cue: Cue, end: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        for hit in hits(at: i) { if case .cue(let cue) = hit.entry { return (cue, hit.tokens.upperBound) } }
        return nil
    }

    /// Whether a cue phrase starting at token `i` passes `test`; its end token when it does.
    public func cue(at i: Int, where test: (Cue) -> Bool) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        for hit in hits(at: i) { if case .cue(let cue) = hit.entry, test(cue) { return hit.tokens.upperBound } }
        return nil
    }

    /// The state whose name starts at token `i` (the longest), with the token just past it.
    public func state(at i: Int) -> (code: String, end: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        for hit in hits(at: i) { if case .state(let code) = hit.entry { return (code, hit.tokens.upperBound) } }
        return nil
    }

    /// The month named at token `i`.
    public func month(at i: Int?) -> Int? {
        guard let i, i >= 0, i < tokens.count else { return nil }
        for hit in hits(at: i) { if case .month(let month) = hit.entry { return month } }
        return nil
    }

    /// The number at token `i`, when it is one of at most `digits` digits.
    public func number(at i: Int?, digits: Int = 4) -> Int? {
        guard let i, i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].end - tokens[i].start <= digits else { return nil }
        var value = 0
        for offset in tokens[i].range { value = value * 10 + Int(bytes[offset] - 48) }
        return value
    }

    /// Whether token `i` is the punctuation `mark`.
    @inline(__always)
    public func isMark(_ i: Int?, _ mark: StaticString) -> Bool {
        guard let i, i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return false }
        let start = tokens[i].start
        guard tokens[i].end - start == mark.utf8CodeUnitCount else { return false }
        return mark.withUTF8Buffer { buffer in
            for offset in 0..<buffer.count where bytes[start + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// Whether token `i` is lower case (a word whose first letter is not a capital).
    public func isLowercaseWord(_ i: Int?) -> Bool {
        guard let i, i >= 0, i < tokens.count else { return false }
        return tokens[i].kind == .word && !tokens[i].isCapitalised
    }
}

extension BlockText {
    /// The part of the text between two UTF-8 offsets (widened to whole characters) as a string
    /// of its own, so that a regular expression reads a few words instead of bridging the block.
    func window(from start: Int, to end: Int) -> (text: String, base: Int) {
        let bounds = windowBounds(from: start, to: end)
        return (String(decoding: bytes[bounds], as: UTF8.self), bounds.lowerBound)
    }

    /// The UTF-8 range between two offsets (within the text: a window from its end is empty),
    /// widened to whole characters: what ``window(from:to:)`` reads.
    func windowBounds(from start: Int, to end: Int) -> Range<Int> {
        var lower = min(max(0, start), bytes.count), upper = min(bytes.count, max(lower, end))
        while lower > 0, lower < bytes.count, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        return lower..<upper
    }

    /// The match of `pattern` that starts at UTF-8 offset `offset`, reading at most `limit` bytes.
    func prefixMatch(_ pattern: TextPattern, from offset: Int, within limit: Int = 200) -> WindowMatch? {
        let (text, base) = window(from: offset, to: offset + limit)
        return pattern.prefixMatch(in: text).map { WindowMatch(match: $0, window: text, base: base) }
    }

    /// The match of `pattern` that starts at token `i`, reading at most `limit` bytes.
    func match(_ pattern: TextPattern, at i: Int, within limit: Int = 200) -> WindowMatch? {
        prefixMatch(pattern, from: tokens[i].start, within: limit)
    }

    /// Every match of `pattern` between two UTF-8 offsets.
    func matches(_ pattern: TextPattern, from start: Int, to end: Int) -> [WindowMatch] {
        let (text, base) = window(from: start, to: end)
        return pattern.matches(in: text).map { WindowMatch(match: $0, window: text, base: base) }
    }
}

/// A match of a regular expression in a window of a block's text, with its ranges as UTF-8
/// offsets in the block.
struct WindowMatch {
    let match: PatternMatch
    let window: String
    let base: Int

    /// What the whole pattern matched, in the block's offsets.
    var range: Range<Int> { offsets(match.range) }
    /// The text the whole pattern matched.
    var output: Substring { match.output }
    /// The text group `name` matched.
    subscript(_ name: String) -> Substring? { match[name] }
    /// Where group `name` matched, in the block's offsets.
    func range(of name: String) -> Range<Int>? { match.range(of: name).map(offsets) }

    private func offsets(_ range: Range<String.Index>) -> Range<Int> {
        let utf8 = window.utf8
        return (base + utf8.distance(from: utf8.startIndex, to: range.lowerBound))..<(base + utf8.distance(from: utf8.startIndex, to: range.upperBound))
    }
}

extension BlockText {
    /// Whether token `i` is a word or a number.
    public func isWordLike(_ i: Int?) -> Bool {
        guard let i, i >= 0, i < tokens.count else { return false }
        return tokens[i].isWordLike
    }
}

extension BlockText {
    /// Words after which a state is the object of a phrase, not an actor ("the penholder on Sudan").
    static let prepositions: WordSet = ["on", "for", "in", "of", "about", "to", "with", "against", "from", "by", "over", "between",
                                             "toward", "towards", "into"]

    /// The distinct states in `range` that act: not the object of a preposition (unless a relative
    /// clause makes them the subject: "apart from China, which abstained"), nor inside `excluded`
    /// ranges (people's titles), in order of mention.
    public func actingStates(in range: Range<Int>, excluding excluded: [Range<Int>] = []) -> [String] {
        var found: [String] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let state = state(at: i) else { i += 1; continue }
            var before = previous(before: i)
            if isWord(before, "the") { before = before.flatMap { previous(before: $0) } }
            var after = next(after: state.end - 1)
            if isMark(after, ",") { after = after.flatMap { next(after: $0) } }
            let relative = isWord(after, "which") || isWord(after, "who")
            let inTitle = excluded.contains { $0.contains(tokens[i].start) }
            if (relative || !isWord(before, in: BlockText.prepositions)), !inTitle, !found.contains(state.code) { found.append(state.code) }
            i = state.end
        }
        return found
    }
}
