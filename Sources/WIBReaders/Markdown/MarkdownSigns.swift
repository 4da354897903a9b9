/// What shows that a text is Markdown rather than a post copied as plain text, for
/// ``InputKind/detect(_:)``.
enum MarkdownSigns {
    /// Whether `text` opens as Markdown does: with YAML front matter (`---`), a pandoc title block
    /// (`% Title`), or a heading as its first line (`# Title`, `## Title`, or a title underlined
    /// with `===`). Only the first lines are looked at.
    static func opensMarkdown(_ text: String) -> Bool {
        var lines = TextLines(text[...], maxSplits: 64, characterLimit: 4096)
        guard let first = lines.next() else { return false }
        if ["---", "+++"].contains(first.trimmingTrailingSpaces) || first.hasPrefix("%") { return true }
        var line = first
        while line.allSatisfy(\.isWhitespace) {
            guard let next = lines.next() else { return false }
            line = next
        }
        if isHeading(line) { return true }
        let next = lines.next()?.trimmingTrailingSpaces ?? ""
        return !next.isEmpty && next.allSatisfy { $0 == "=" }
    }

    /// Whether any line of `lines` is written in Markdown: a heading, a list item (`-`, `*`,
    /// `+`, `1.`), a block quote, a code fence, a table row, a rule, a link (`](`), strong
    /// emphasis (`**`, `__`) or code (`` ` ``). A post copied from the site has none of these
    /// (its lists use `•`).
    static func hasSyntax(_ lines: [String]) -> Bool {
        lines.contains { line in
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { return false }
            let rest = line.dropFirst(indent).trimmingTrailingSpaces
            if isHeading(rest) || rest.hasPrefix(">") || rest.hasPrefix("```") || rest.hasPrefix("~~~") { return true }
            if rest.count >= 3, let mark = rest.first, "-*_=".contains(mark), rest.allSatisfy({ $0 == mark }) { return true }
            if rest.hasPrefix("|"), rest.hasSuffix("|"), rest.count > 1 { return true }
            let marker = rest.prefix { !$0.isWhitespace }
            let isBullet = ["-", "*", "+"].contains(marker)
            let isNumber = (2...10).contains(marker.count) && marker.last.map { ".)".contains($0) } == true && marker.dropLast().allSatisfy(\.isASCIIDigit)
            if (isBullet || isNumber) && rest.count > marker.count + 1 { return true }
            return rest.contains("](") || rest.contains("**") || rest.contains("__") || rest.contains("`")
        }
    }

    /// Whether `line` is an ATX heading: up to three spaces, one to six `#`, then a space or nothing.
    private static func isHeading(_ line: some StringProtocol) -> Bool {
        let rest = line.drop { $0 == " " }
        guard line.count - rest.count <= 3 else { return false }
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return false }
        return rest.dropFirst(hashes).first.map { $0 == " " || $0 == "\t" } ?? true
    }
}

private extension StringProtocol {
    /// The text without trailing spaces and tabs.
    var trimmingTrailingSpaces: SubSequence {
        var end = endIndex
        while end > startIndex, [" ", "\t"].contains(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
