import WIBCore

/// Where the parts of a copied post lie: the header chrome, the title, the body and the trailing
/// tags and footer.
///
/// Header: optional lines naming the site ("What's In Blue", "Security Council Report"), an optional Posted line ("Posted Thu 27
/// Jun 2024", "posted on Tue 11 Jul 2017 12:37 PM": a ``PostedLine``) and optional page controls
/// ("• Print", "• Share"), then the title. A copy from a browser puts the Posted line (and the
/// controls) right after the title instead: they are read there too, so the title stays the
/// title. Trailer: an optional "Tags:" line and footer lines ("Sign up for What's In Blue
/// emails"), read from the end.
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

    /// Whether the site's furniture surrounds the post: a series line, a Posted line, page
    /// controls, a Tags line or a footer. Text with none of these may still be a pasted post.
    var hasSiteFurniture: Bool {
        hasFooter || chrome.contains { [.series, .posted, .control, .tags].contains($0.role) }
    }

    init(lines: [String], path: String) throws(Diagnostic) {
        var index = 0
        var found: Int?
        var chrome: [ChromeLine] = []
        var series: String?
        var posted: CalendarDate?
        var warnings: [Diagnostic] = []
        while index < lines.count, found == nil {
            let line = lines[index]
            if line.isBlankLine {
                // Skip.
            } else if let siteName = PageFurniture.siteName(of: line) {
                if siteName == "what's in blue" { series = line.trimmedWhitespace }
                chrome.append(ChromeLine(role: .series, line: index + 1, text: line))
            } else if let postedLine = PostedLine(line, path: path, line: index + 1, warnings: &warnings) {
                posted = postedLine.date ?? posted
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

        // A browser's copy: the Posted line and the controls after the title.
        var bodyStart = titleIndex + 1
        for index in titleIndex + 1..<lines.count {
            let line = lines[index]
            if line.isBlankLine { continue }
            if !chrome.contains(where: { $0.role == .posted }),
               let postedLine = PostedLine(line, path: path, line: index + 1, warnings: &warnings) {
                posted = postedLine.date
                chrome.append(ChromeLine(role: .posted, line: index + 1, text: line))
            } else if let bullet = BulletLine(line), PageFurniture.isControl(bullet.text) {
                chrome.append(ChromeLine(role: .control, line: index + 1, text: line))
            } else {
                break
            }
            bodyStart = index + 1
        }

        var end = lines.count
        var trailer: [ChromeLine] = []
        var tags: [String] = []
        var hasFooter = false
        while end > bodyStart {
            let line = lines[end - 1]
            if line.isBlankLine {
                // Skip.
            } else if PageFurniture.isFooter(line) {
                hasFooter = true
                trailer.insert(ChromeLine(role: .footer, line: end, text: line), at: 0)
            } else if line.foldedMayStart(with: "tags:"), line.folded.hasPrefix("tags:"), trailer.allSatisfy({ $0.role != .tags }) {
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
        self.body = bodyStart..<end
        self.tags = tags
        self.hasFooter = hasFooter
        self.warnings = warnings
    }
}
