/// A label as charts show it: on one line, cut to a length.
enum ChartLabel {
    /// `text` with every run of white space and control characters as one space, trimmed, and
    /// cut at a word (or inside a long word) to at most `limit` characters, "…" included.
    static func shortened(_ text: String, limit: Int) -> String {
        var line = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                pendingSpace = !line.isEmpty
                continue
            }
            if pendingSpace { line.append(" ") }
            pendingSpace = false
            line.append(character)
        }
        guard line.count > limit, limit > 1 else { return line }
        let cut = line.prefix(limit - 1)
        let endsAWord = line[cut.endIndex] == " "
        let atWord = endsAWord ? cut : cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        let kept = atWord.count >= limit / 2 ? atWord : cut
        return kept.trimmingSuffix { $0 == " " || $0 == "," || $0 == ";" } + "…"
    }
}

private extension Substring {
    func trimmingSuffix(while drop: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
