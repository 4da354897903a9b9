import WIBCore

/// Where the parts of a copied post lie: the header chrome, the title, the body and the trailing
/// tags and footer.
///
/// Header: an optional series line ("What's In Blue"), an optional "Posted Thu 27 Jun 2024" line
/// and optional page controls ("• Print", "• Share"), then the title. Trailer: an optional
/// "Tags:" line and footer lines ("Sign up for What's In Blue emails"), read from the end.
struct PostLayout {
    /// The page furniture found, in line order.
    private(set) var chrome: [ChromeLine] = []
    /// The series named by the header, as written.
    private(set) var series: String?
    /// The posted date.
    private(set) var posted: CalendarDate?
    /// Index (0-based) of the title line.
    let titleIndex: Int
    /// Indexes (0-based) of the body's lines.
    let body: Range<Int>
    /// Tag names from the "Tags:" line (empty names dropped).
    private(set) var tags: [String] = []
    /// Whether a footer line was found.
    private(set) var hasFooter = false
    /// Problems worth a warning.
    private(set) var warnings: [Diagnostic] = []

    init(lines: [String], path: String) throws(Diagnostic) {
        var index = 0
        var found: Int?
        var chrome: [ChromeLine] = []
        var series: String?
        var posted: CalendarDate?
        var warnings: [Diagnostic] = []
        while index < lines.count, found == nil {
            let line = lines[index]
            let folded = line.foldedForMatching
            if line.isBlankLine {
                // Skip.
            } else if folded == "what's in blue" {
                series = line.trimmedWhitespace
                chrome.append(ChromeLine(role: .series, line: index + 1, text: line))
            } else if let date = PostLayout.postedDate(folded, path: path, line: index + 1, warnings: &warnings) {
                posted = date
                chrome.append(ChromeLine(role: .posted, line: index + 1, text: line))
            } else if let bullet = BulletLine(line), PageFurniture.isControl(bullet.text) {
                chrome.append(ChromeLine(role: .control, line: index + 1, text: line))
            } else {
                found = index
            }
            index += 1
        }
        guard let titleIndex = found else {
            throw .error("no title: the file holds only a header (series, Posted line, page controls)", path: path, line: lines.count)
        }
        chrome.append(ChromeLine(role: .title, line: titleIndex + 1, text: lines[titleIndex]))

        var end = lines.count
        var trailer: [ChromeLine] = []
        var tags: [String] = []
        var hasFooter = false
        while end > titleIndex + 1 {
            let line = lines[end - 1]
            let folded = line.foldedForMatching
            if line.isBlankLine {
                // Skip.
            } else if PageFurniture.isFooter(line) {
                hasFooter = true
                trailer.insert(ChromeLine(role: .footer, line: end, text: line), at: 0)
            } else if folded.hasPrefix("tags:"), trailer.allSatisfy({ $0.role != .tags }) {
                tags = line.trimmedWhitespace.dropFirst("tags:".count).split(separator: ",")
                    .map(\.trimmedWhitespace).filter { !$0.isEmpty }
                trailer.insert(ChromeLine(role: .tags, line: end, text: line), at: 0)
            } else {
                break
            }
            end -= 1
        }
        self.chrome = chrome + trailer
        self.series = series
        self.posted = posted
        self.titleIndex = titleIndex
        self.body = titleIndex + 1..<end
        self.tags = tags
        self.hasFooter = hasFooter
        self.warnings = warnings
    }

    /// The date of a "Posted Thu 27 Jun 2024" line (weekday optional, month full or short), or
    /// `nil` when the line is not one. A weekday that does not match the date is a warning.
    static func postedDate(_ folded: String, path: String, line: Int, warnings: inout [Diagnostic]) -> CalendarDate? {
        var words = folded.split(separator: " ").map { $0.trimmingCharacters(in: ",") }
        guard words.first == "posted", words.count >= 4 else { return nil }
        words.removeFirst()
        let weekday = WeekdayName.isoWeekday(of: words[0])
        if weekday != nil { words.removeFirst() }
        guard words.count == 3, let day = Int(words[0]), let month = MonthName.number(of: words[1]),
              let year = Int(words[2]), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        if let weekday, weekday != date.isoWeekday {
            warnings.append(.warning("the Posted line's weekday does not match \(date); the date is used", path: path, line: line))
        }
        return date
    }
}

private extension Substring {
    func trimmingCharacters(in characters: String) -> String {
        String(self).filter { !characters.contains($0) }
    }
}
