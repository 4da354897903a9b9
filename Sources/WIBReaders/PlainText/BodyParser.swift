import WIBCore

/// Turns the body lines of a copied post into blocks: paragraphs, section headings and lists.
///
/// - A paragraph is a run of non-blank lines (one line in copied posts; wrapped text joins with
///   soft breaks).
/// - A heading is a one-line run that reads as a heading (``HeadingRule``) and is not the last
///   block of the body.
/// - A list is a run of bullet lines ("  • Name"); a line indented under an item continues it; a
///   blank line between two items does not end the list.
///
/// Each block's text is its lines' text without the bullet, the indentation and white space at
/// either end of a line.
struct BodyParser {
    let lines: [String]

    func blocks(in range: Range<Int>) -> [Block] {
        var blocks: [Block] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let line = lines[index]
            if line.isBlankLine {
                index += 1
            } else if BulletLine(line) != nil {
                let (list, next) = parseList(from: index, end: range.upperBound)
                blocks.append(.list(list))
                index = next
            } else {
                var end = index + 1
                while end < range.upperBound, !lines[end].isBlankLine, BulletLine(lines[end]) == nil { end += 1 }
                let isLast = !lines[end..<range.upperBound].contains { !$0.isBlankLine }
                let sourceRange = SourceRange(firstLine: index + 1, lastLine: end)
                if end == index + 1, !isLast, HeadingRule.isHeading(line) {
                    blocks.append(.heading(Heading(level: 2, content: [.text(line.trimmedWhitespace)], range: sourceRange)))
                } else {
                    blocks.append(.paragraph(Paragraph(content: joined(lines[index..<end]), range: sourceRange)))
                }
                index = end
            }
        }
        return blocks
    }

    /// Lines joined by soft breaks, each trimmed.
    private func joined(_ lines: some Collection<String>) -> [Inline] {
        var content: [Inline] = []
        for line in lines {
            if !content.isEmpty { content.append(.softBreak) }
            content.append(.text(line.trimmedWhitespace))
        }
        return content
    }

    private func parseList(from start: Int, end: Int) -> (ListBlock, Int) {
        var items: [ListItem] = []
        var index = start
        while index < end, let bullet = BulletLine(lines[index]) {
            var itemEnd = index + 1
            var content: [Inline] = [.text(bullet.text)]
            while itemEnd < end, lines[itemEnd].first?.isWhitespace == true, !lines[itemEnd].isBlankLine,
                  BulletLine(lines[itemEnd]) == nil {
                content += [.softBreak, .text(lines[itemEnd].trimmedWhitespace)]
                itemEnd += 1
            }
            let range = SourceRange(firstLine: index + 1, lastLine: itemEnd)
            items.append(ListItem(blocks: [.paragraph(Paragraph(content: content, range: range))], range: range))
            index = itemEnd
            var next = index
            while next < end, lines[next].isBlankLine { next += 1 }
            if next < end, BulletLine(lines[next]) != nil { index = next }
        }
        let range = SourceRange(firstLine: start + 1, lastLine: items.last?.range.lastLine ?? start + 1)
        return (ListBlock(items: items, range: range), index)
    }
}
