extension StringProtocol {
    /// The text without white space (non-breaking spaces included) at either end.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// Whether the line has no visible character.
    var isBlankLine: Bool { allSatisfy(\.isWhitespace) }
}
