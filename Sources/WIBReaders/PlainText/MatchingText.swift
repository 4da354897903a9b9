import WIBCore

extension StringProtocol {
    /// The text without white space (non-breaking spaces included) at either end.
    var trimmedWhitespace: String { String(withoutSurroundingWhitespace) }

    /// The part of the text between white space (non-breaking spaces included) at either end.
    var withoutSurroundingWhitespace: SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }

    /// Whether the line has no visible character.
    var isBlankLine: Bool { allSatisfy(\.isWhitespace) }

    /// Whether the text's ``folded`` form, without the characters of `skipped` (ASCII), may
    /// start with `word` (lower-case ASCII, no white space): told from its first bytes without
    /// folding it, so that a long line is ruled out before it is folded.
    ///
    /// Its bytes after ASCII white space are compared with the word's, folded as ``folded`` folds
    /// ASCII (lower case, `` ` `` an apostrophe, white space a space). A character that is one
    /// ASCII byte folds to that, so a difference there rules the word out: `false` is exact. A
    /// byte that is not ASCII (an accented letter, a curly quote, a Unicode space, a mark joining
    /// the character before) gives `true`, as only folding tells; so does the whole word found.
    func foldedMayStart(with word: String, skipping skipped: String = "") -> Bool {
        var expected = word.utf8.makeIterator()
        var started = false
        var bytes = utf8.makeIterator()
        var next = bytes.next()
        while let byte = next {
            next = bytes.next()
            if byte >= 0x80 { return true }
            if skipped.utf8.contains(byte) || (!started && byte.isASCIIWhitespace) { continue }
            started = true
            guard let letter = expected.next() else { return true }
            if byte.foldedASCII != letter {
                // Unless a mark that is not ASCII joins it, this character differs from the word's.
                return next.map { $0 >= 0x80 } ?? false
            }
        }
        return expected.next() == nil
    }

    /// Whether the text's ``folded`` form may start with one of `words` (see
    /// ``foldedMayStart(with:skipping:)``).
    func foldedMayStart(withOneOf words: [String]) -> Bool {
        words.contains { foldedMayStart(with: $0) }
    }
}
