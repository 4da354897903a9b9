import WIBCore

/// The resolution mentions and their continuations, found by regular expressions, or by matchers
/// that take the same steps over a block's bytes where every character is one they know
/// (``PatternCharacter``).
enum ResolutionText {
    /// "resolution 1718", "Resolutions 2397", with "(2006)" or "of 14 October 2006".
    static let resolutionMention = TextPattern("(?i:resolutions?)\\s+(?<number>\\d{1,4})(?!\\d)(?:\\s*\\((?<year>\\d{4})\\)|\\s+of\\s+(?<day>\\d{1,2})\\s+(?<month>\(MonthName.alternation))\\s+(?<dateYear>\\d{4}))?")

    /// ", 2270" or " and 2270 (2016)" after a resolution mention.
    static let resolutionContinuation = TextPattern("(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?<number>\\d{1,4})(?!\\d)(?:\\s*\\((?<year>\\d{4})\\))?(?!\\s*(?:\(MonthName.alternation)|per|members|people|troops))")

    /// How many bytes a mention and a continuation are read in.
    static let mentionLimit = 80, continuationLimit = 60

    /// A match of either pattern: its UTF-8 ranges in the block, and those of its groups.
    struct Match: Equatable {
        var range: Range<Int>
        var number: Range<Int>
        var year: Range<Int>? = nil
        var day: Range<Int>? = nil
        var month: Range<Int>? = nil
        var dateYear: Range<Int>? = nil
    }

    /// The mention that starts at token `i` (a word "resolution" or "resolutions").
    static func mention(at i: Int, in block: BlockText) -> Match? {
        let start = block.tokens[i].start
        let window = block.windowBounds(from: start, to: start + mentionLimit)
        do {
            return try matchMention(at: start, PatternCursor(bytes: block.bytes, end: window.upperBound))
        } catch {
            return block.prefixMatch(resolutionMention, from: start, within: mentionLimit).flatMap { match(of: $0) }
        }
    }

    /// The continuation that starts at UTF-8 offset `offset`.
    static func continuation(from offset: Int, in block: BlockText) -> Match? {
        let window = block.windowBounds(from: offset, to: offset + continuationLimit)
        do {
            return try matchContinuation(at: offset, PatternCursor(bytes: block.bytes, end: window.upperBound))
        } catch {
            return block.prefixMatch(resolutionContinuation, from: offset, within: continuationLimit).flatMap { match(of: $0) }
        }
    }

    /// A regular expression's match in the block's offsets.
    private static func match(of found: WindowMatch) -> Match? {
        guard let number = found.range(of: "number") else { return nil }
        return Match(range: found.range, number: number, year: found.range(of: "year"), day: found.range(of: "day"),
                     month: found.range(of: "month"), dateYear: found.range(of: "dateYear"))
    }

    private static let months: [StaticString] = ["January", "February", "March", "April", "May", "June", "July", "August",
                                                 "September", "October", "November", "December"]

    /// ``resolutionMention`` at `start`, step by step: the number is a run of one to four digits;
    /// then a year in brackets, else "of", a day, a month and a year, else nothing.
    static func matchMention(at start: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Match? {
        // The token is "resolution" or "resolutions" in any case of its ASCII letters.
        var position = start
        for letter in "resolution".utf8 {
            guard position < text.end, text.bytes[position] | 0x20 == letter else { throw PatternCharacter.Unknown() }
            position += 1
        }
        if position < text.end, text.bytes[position] | 0x20 == UInt8(ascii: "s") { position += 1 }
        let numberStart = try text.spaces(from: position)
        guard numberStart > position, let number = try numberRun(at: numberStart, text) else { return nil }
        var found = Match(range: start..<number.upperBound, number: number)
        if let year = try bracketedYear(after: number.upperBound, text) {
            found.year = year
            found.range = start..<(year.upperBound + 1)
            return found
        }
        // \s+of\s+(\d{1,2})\s+(month)\s+(\d{4})
        let of = try text.spaces(from: number.upperBound)
        guard of > number.upperBound, text.has("of", at: of) else { return found }
        let dayStart = try text.spaces(from: of + 2)
        let dayEnd = try text.digits(from: dayStart)
        guard dayStart > of + 2, (1...2).contains(dayEnd - dayStart) else { return found }
        let monthStart = try text.spaces(from: dayEnd)
        guard monthStart > dayEnd, let name = months.first(where: { text.has($0, at: monthStart) }) else { return found }
        let monthEnd = monthStart + name.utf8CodeUnitCount
        let yearStart = try text.spaces(from: monthEnd)
        guard yearStart > monthEnd, try text.hasDigits(4, at: yearStart) else { return found }
        found.day = dayStart..<dayEnd
        found.month = monthStart..<monthEnd
        found.dateYear = yearStart..<(yearStart + 4)
        found.range = start..<(yearStart + 4)
        return found
    }

    /// ``resolutionContinuation`` at `start`, step by step: ", " (with "and"), or " and ", a
    /// number and maybe a year in brackets, not followed by a month or a noun of counting.
    static func matchContinuation(at start: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Match? {
        var numberStart: Int
        if text.has(byte: UInt8(ascii: ","), at: start) {
            numberStart = try text.spaces(from: start + 1)
            if text.has("and", at: numberStart) {
                let after = try text.spaces(from: numberStart + 3)
                if after > numberStart + 3 { numberStart = after }
            }
        } else {
            let and = try text.spaces(from: start)
            guard and > start, text.has("and", at: and) else { return nil }
            numberStart = try text.spaces(from: and + 3)
            guard numberStart > and + 3 else { return nil }
        }
        guard let number = try numberRun(at: numberStart, text) else { return nil }
        if let year = try bracketedYear(after: number.upperBound, text), try !countsSomething(at: year.upperBound + 1, text) {
            return Match(range: start..<(year.upperBound + 1), number: number, year: year)
        }
        guard try !countsSomething(at: number.upperBound, text) else { return nil }
        return Match(range: start..<number.upperBound, number: number)
    }

    /// `\d{1,4}(?!\d)` at `start`: a run of one to four digits.
    private static func numberRun(at start: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Range<Int>? {
        let end = try text.digits(from: start)
        return (1...4).contains(end - start) ? start..<end : nil
    }

    /// `\s*\((\d{4})\)` after `offset`: the year's digits (the closing bracket follows them).
    private static func bracketedYear(after offset: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Range<Int>? {
        let open = try text.spaces(from: offset)
        guard text.has(byte: UInt8(ascii: "("), at: open), try text.hasDigits(4, at: open + 1),
              text.has(byte: UInt8(ascii: ")"), at: open + 5) else { return nil }
        return (open + 1)..<(open + 5)
    }

    private static let countingWords: [StaticString] = ["per", "members", "people", "troops"]

    /// `\s*(?:month|per|members|people|troops)` at `offset`: what makes a number no resolution's.
    private static func countsSomething(at offset: Int, _ text: PatternCursor) throws(PatternCharacter.Unknown) -> Bool {
        let word = try text.spaces(from: offset)
        return months.contains { text.has($0, at: word) } || countingWords.contains { text.has($0, at: word) }
    }

    /// The calendar date of day, month name and year texts, when all are given and valid.
    static func date(day: Substring?, month: Substring?, year: Substring?) -> CalendarDate? {
        guard let day = day.flatMap({ Int($0) }), let month = month.flatMap({ MonthName.number(of: $0) }),
              let year = year.flatMap({ Int($0) }) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
