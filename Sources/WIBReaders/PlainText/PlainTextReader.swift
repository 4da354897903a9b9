import WIBCore

/// Reads a post as copied from the What's In Blue site as plain text.
///
/// It recognises the series header, the Posted line, page controls, the title, section
/// headings, paragraphs, bullet lists with wrapped items, the Tags line and the footer; page
/// furniture goes to ``PostMetadata/chrome``, the rest to the body, so no text is lost. It fills
/// the title, posted date, topic and meeting kind (from the title), and the meeting's date, time
/// of day, format and agenda item (from the opening paragraphs).
///
/// The posted date comes from the Posted line (before or after the title, old or new shape);
/// else from a `YYYY-MM-DD` file name, with a warning; else the post has none, and a warning
/// says where the year of its dates comes from (a `YYYY-MM` file name) or that it is unknown.
public struct PlainTextReader: Reader {
    /// Plain text.
    public static let kind = InputKind.plainText
    /// A title line longer than this is a paragraph, not a title.
    static let maximumTitleLength = 250

    /// Creates the reader.
    public init() {}

    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        let lines = source.lines
        let layout = try PostLayout(lines: lines, path: source.path)
        let titleLine = lines[layout.titleIndex]
        let titleNumber = layout.titleIndex + 1
        guard titleLine.count <= PlainTextReader.maximumTitleLength else {
            throw .error("expected the post's title here (a short line), found a paragraph of \(titleLine.count) characters", path: source.path, line: titleNumber)
        }
        let body = BodyParser(lines: lines).blocks(in: layout.body)
        guard !body.isEmpty else {
            throw .error("the post has a title but no body", path: source.path, line: titleNumber)
        }
        let hasTagsLine = layout.chrome.contains { $0.role == .tags }
        guard layout.hasSiteFurniture || body.contains(where: { $0.plainText.contains("Council") }) else {
            throw .error("this is not a What's In Blue post: it has no series header, Posted line, Print or Share line, Tags line or footer, and no paragraph mentions the Council", path: source.path, line: 1)
        }

        var warnings = layout.warnings
        var posted = layout.posted
        if posted == nil {
            let undated = UndatedPost(path: source.path, source: source.path, url: nil, line: titleNumber)
            posted = undated.posted
            warnings.append(undated.warning)
        }
        let truncated = !layout.hasFooter && !hasTagsLine && PlainTextReader.endsMidSentence(body)
        if truncated, let last = body.last {
            warnings.append(.warning("the post seems cut off (no footer, and its last paragraph ends mid-sentence); all of its text is kept", path: source.path, line: last.range.lastLine))
        }
        return [PostParts(title: titleLine, posted: posted, series: layout.series, source: source.path, truncated: truncated,
                          tags: layout.tags, chrome: layout.chrome, body: body, diagnostics: warnings).post]
    }

    /// Whether the last block is a paragraph that stops without closing punctuation.
    private static func endsMidSentence(_ body: [Block]) -> Bool {
        guard case .paragraph(let paragraph) = body.last, var last = paragraph.content.plainText.last else { return false }
        if last == "*", let beforeMarker = paragraph.content.plainText.dropLast().last { last = beforeMarker }
        return !".!?…)”’\"']".contains(last)
    }
}
