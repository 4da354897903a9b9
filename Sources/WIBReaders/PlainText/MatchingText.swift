extension StringProtocol {
    /// The text folded for comparing phrases: lower case, straight apostrophes and quotes, and
    /// runs of white space (non-breaking spaces included) as one space, trimmed.
    var foldedForMatching: String {
        var out = ""
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch character {
            case "’", "‘", "`": out.append("'")
            case "“", "”": out.append("\"")
            default: out += character.lowercased()
            }
        }
        return out
    }

    /// The text without white space (non-breaking spaces included) at either end.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// Whether the line has no visible character.
    var isBlankLine: Bool { allSatisfy(\.isWhitespace) }
}
