/// Decides whether a body line is a section heading ("Tomorrow’s Meeting", "KEY ISSUES").
///
/// Headings in copied posts are short lines that start with a capital or a digit, hold no
/// sentence break, and do not end in sentence punctuation; paragraphs always do.
enum HeadingRule {
    static let maximumLength = 100
    static let maximumWords = 12
    private static let closing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "”", "\"", "’", "'", "…", "—", "–", "-"]

    static func isHeading(_ line: String) -> Bool {
        var text = line.trimmedWhitespace
        while text.last == "*" { text.removeLast() }
        guard let first = text.first, let last = text.last, text.count <= maximumLength,
              first.isUppercase || first.isNumber,
              !closing.contains(last),
              text.split(whereSeparator: \.isWhitespace).count <= maximumWords else { return false }
        return !text.contains(". ") && !text.contains("? ") && !text.contains("! ")
    }
}
