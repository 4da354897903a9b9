/// Decides whether a body line is a section heading ("Tomorrow’s Meeting", "KEY ISSUES").
///
/// Headings in copied posts are short lines that start with a capital or a digit, hold no
/// sentence break, and do not end in sentence punctuation; paragraphs always do.
enum HeadingRule {
    static let maximumLength = 100
    static let maximumWords = 12
    private static let closing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "”", "\"", "’", "'", "…", "—", "–", "-"]

    static func isHeading(_ line: String) -> Bool {
        var text = line.withoutSurroundingWhitespace
        while text.last == "*" { text.removeLast() }
        // The cheap tests first: most lines are paragraphs, which end in sentence punctuation.
        guard let first = text.first, let last = text.last, !closing.contains(last),
              first.isUppercase || first.isNumber,
              text.count <= maximumLength,
              text.split(whereSeparator: \.isWhitespace).count <= maximumWords else { return false }
        return !hasSentenceBreak(text)
    }

    /// Whether `text` holds ". ", "? " or "! ". Their bytes are looked for first: where they are
    /// not, no text canonically equivalent to them is either.
    private static func hasSentenceBreak(_ text: Substring) -> Bool {
        [". ", "? ", "! "].contains { text.firstRange(ofBytes: $0) != nil && text.contains($0) }
    }
}
