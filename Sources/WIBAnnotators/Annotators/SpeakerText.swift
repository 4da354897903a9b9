import WIBCore

/// The speaker a sentence names before a quotation ("Putin said that …", "Rutte has also
/// described …"), found by a regular expression, or by a matcher that takes the same steps over a
/// block's bytes where every character is one it knows (``PatternCharacter``).
enum SpeakerText {
    /// One to four capitalised words, maybe "has", "had" or "also", and a verb of speech.
    static let pattern = TextPattern(#"(?<speaker>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|added|noted|warned|described|called|characterised|characterized|emphasised|emphasized|stressed|told|urged|argued|claimed|maintained|declared|insisted|announced|expressed)\b"#)

    /// The verbs of ``pattern``, in its order.
    static let verbs: [StaticString] = ["said", "says", "stated", "added", "noted", "warned", "described", "called", "characterised",
                                       "characterized", "emphasised", "emphasized", "stressed", "told", "urged", "argued", "claimed",
                                       "maintained", "declared", "insisted", "announced", "expressed"]

    /// The speaker of the last match of ``pattern`` between two UTF-8 offsets of `block`.
    static func lastSpeaker(in block: BlockText, from start: Int, to end: Int) -> String? {
        let window = block.windowBounds(from: start, to: end)
        do {
            return try lastSpeaker(PatternCursor(bytes: block.bytes, end: window.upperBound), from: window.lowerBound).map(block.string)
        } catch {
            return block.matches(pattern, from: start, to: end).last.flatMap { $0["speaker"].map(String.init) }
        }
    }

    /// The speaker's range in the last match of ``pattern`` from `start` to the cursor's end,
    /// matches taken left to right without overlapping, as ICU finds them.
    static func lastSpeaker(_ text: PatternCursor, from start: Int) throws(PatternCharacter.Unknown) -> Range<Int>? {
        // Every character is read first, so that one the matcher does not know is met before any answer.
        var position = start
        while let character = try text.character(at: position) { position += character.length }
        var last: Range<Int>?
        position = start
        while position < text.end {
            if let match = try match(at: position, text) {
                last = match.speaker
                position = match.end
            } else {
                position += try text.character(at: position)!.length
            }
        }
        return last
    }

    /// The match that starts at `start`: up to four words, each a capital and a run of
    /// `[\w’'.-]` (the runs and the white space between are taken whole: nothing else could follow
    /// them), then, from the most words down, white space and a verb.
    private static func match(at start: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> (speaker: Range<Int>, end: Int)? {
        guard isCapital(start, text) else { return nil }
        var ends: [Int] = []
        var wordStart = start
        while ends.count < 4 {
            let end = try nameRun(from: wordStart + 1, text)
            guard end > wordStart + 1 else { break }
            ends.append(end)
            let next = try text.spaces(from: end)
            guard next > end, isCapital(next, text) else { break }
            wordStart = next
        }
        for end in ends.reversed() {
            if let verbEnd = try verb(after: end, text) { return (start..<end, verbEnd) }
        }
        return nil
    }

    /// `\s+(?:has\s+|had\s+|also\s+)?(?:said|…)\b` at `offset`: where the verb ends.
    private static func verb(after offset: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Int? {
        let word = try text.spaces(from: offset)
        guard word > offset else { return nil }
        for auxiliary: StaticString in ["has", "had", "also"] where text.has(auxiliary, at: word) {
            let after = word + auxiliary.utf8CodeUnitCount
            let next = try text.spaces(from: after)
            if next > after, let end = try verb(at: next, text) { return end }
        }
        return try verb(at: word, text)
    }

    /// A verb of ``verbs`` at `offset`, followed by a word boundary: where it ends.
    private static func verb(at offset: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Int? {
        for verb in verbs where text.has(verb, at: offset) {
            let end = offset + verb.utf8CodeUnitCount
            // The verb ends in a letter: a boundary unless a word character follows.
            if try text.character(at: end)?.isWord != true { return end }
        }
        return nil
    }

    /// Where a run of `[\w’'.-]` that starts at `offset` ends.
    private static func nameRun(from offset: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Int {
        var position = offset
        while let character = try text.character(at: position) {
            let byte = text.bytes[position]
            guard character.isWord || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                    || text.has("’", at: position) else { break }
            position += character.length
        }
        return position
    }

    /// `[A-Z]` at `offset`.
    private static func isCapital(_ offset: Int, _ text: PatternCursor) -> Bool {
        offset < text.end && text.bytes[offset] &- UInt8(ascii: "A") < 26
    }
}
