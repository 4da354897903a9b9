import WIBCore
import WIBMarkup

/// Turns the HTML of a post's content into blocks: headings, paragraphs, lists, quotes, tables
/// and breaks, with emphasis, strong text, links and line breaks inside. Scripts, styles, forms,
/// navigation and share or sign-up widgets are dropped; so are `javascript:` links (their text
/// stays). White space is collapsed as a browser does.
struct HTMLBlocks {
    /// Elements whose whole content is dropped.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "svg", "select",
        "input", "textarea", "template", "object", "embed", "head", "title", "meta", "link", "canvas", "video", "audio",
    ]
    /// Words in a class or id that mark the site's furniture rather than the post.
    static let furnitureMarks = ["share", "social", "jp-relatedposts", "related-posts", "signup", "sign-up", "newsletter",
                                 "subscribe", "breadcrumb", "comment", "entry-meta", "entry-footer", "tags-links", "print-link",
                                 "screen-reader", "wib-series"]
    private static let inlineElements: Set<String> = [
        "a", "em", "i", "strong", "b", "span", "br", "sup", "sub", "small", "abbr", "cite", "q", "code", "mark", "u", "s",
        "time", "font", "img", "label", "dfn", "kbd", "var", "bdi", "bdo", "wbr", "del", "ins",
    ]

    /// Whether `element` is furniture to drop.
    static func isFurniture(_ element: MarkupElement) -> Bool {
        if skipped.contains(element.name) { return true }
        let marks = (element.classes + [element.attributes["id"] ?? ""]).map { $0.lowercased() }
        return marks.contains { mark in furnitureMarks.contains { mark.contains($0) } }
    }

    /// The blocks of a post's content, its highest headings at level 2 as in posts read from
    /// text (pages use `h2` or `h3` for the same sections).
    func blocks(of container: MarkupElement) -> [Block] {
        let blocks = blocks(from: container.children, line: container.line)
        let levels = blocks.compactMap { if case .heading(let heading) = $0 { heading.level } else { nil } }
        guard let highest = levels.min(), highest > 2 else { return blocks }
        return blocks.map { block in
            guard case .heading(var heading) = block else { return block }
            heading.level -= highest - 2
            return .heading(heading)
        }
    }

    private func blocks(from nodes: [MarkupNode], line: Int) -> [Block] {
        var blocks: [Block] = []
        var pending: [Inline] = []
        var pendingLine = line
        func flush() {
            let content = HTMLBlocks.tidy(pending)
            if !content.isEmpty, !HTMLBlocks.isFurnitureText(content.plainText) {
                blocks.append(.paragraph(Paragraph(content: content, range: SourceRange(line: pendingLine))))
            }
            pending = []
        }
        for node in nodes {
            switch node {
            case .text(let text):
                if pending.isEmpty { pendingLine = line }
                pending.append(.text(text))
            case .element(let element) where HTMLBlocks.isFurniture(element):
                continue
            case .element(let element) where HTMLBlocks.inlineElements.contains(element.name):
                if pending.isEmpty { pendingLine = element.line }
                pending += inlines(of: element)
            case .element(let element):
                flush()
                blocks += block(element)
            }
        }
        flush()
        return blocks
    }

    private func block(_ element: MarkupElement) -> [Block] {
        let range = SourceRange(line: element.line)
        switch element.name {
        case "p", "dt", "dd", "figcaption", "address", "pre":
            let content = HTMLBlocks.tidy(element.children.flatMap(inlines(of:)))
            guard !content.isEmpty, !HTMLBlocks.isFurnitureText(content.plainText) else { return [] }
            return [.paragraph(Paragraph(content: content, range: range))]
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let content = HTMLBlocks.tidy(element.children.flatMap(inlines(of:)))
            guard !content.isEmpty else { return [] }
            let level = Int(element.name.dropFirst()) ?? 2
            return [.heading(Heading(level: max(level, 2), content: content, range: range))]
        case "ul", "ol":
            let items = element.children(named: "li").compactMap { item -> ListItem? in
                let blocks = blocks(from: item.children, line: item.line)
                return blocks.isEmpty ? nil : ListItem(blocks: blocks, range: SourceRange(line: item.line))
            }
            return items.isEmpty ? [] : [.list(ListBlock(ordered: element.name == "ol", items: items, range: range))]
        case "blockquote":
            let blocks = blocks(from: element.children, line: element.line)
            return blocks.isEmpty ? [] : [.blockQuote(BlockQuote(blocks: blocks, range: range))]
        case "hr":
            return [.thematicBreak(ThematicBreak(range: range))]
        case "table":
            return table(element).map { [$0] } ?? []
        default:
            return blocks(from: element.children, line: element.line)
        }
    }

    private func table(_ element: MarkupElement) -> Block? {
        let rows = element.descendants { $0.name == "tr" }.map { row in
            row.elements.filter { $0.name == "td" || $0.name == "th" }.map { TableCell(content: HTMLBlocks.tidy($0.children.flatMap(inlines(of:)))) }
        }.filter { !$0.isEmpty }
        guard let header = rows.first else { return nil }
        return .table(Table(header: header, rows: Array(rows.dropFirst()), range: SourceRange(line: element.line)))
    }

    private func inlines(of node: MarkupNode) -> [Inline] {
        switch node {
        case .text(let text): return [.text(text)]
        case .element(let element): return inlines(of: element)
        }
    }

    private func inlines(of element: MarkupElement) -> [Inline] {
        guard !HTMLBlocks.isFurniture(element) else { return [] }
        let children = element.children.flatMap(inlines(of:))
        switch element.name {
        case "br": return [.softBreak]
        case "img": return []
        case "em", "i", "cite", "dfn": return [.emphasis(children)]
        case "strong", "b": return [.strong(children)]
        case "a":
            guard let href = element.attributes["href"]?.trimmedWhitespace, !href.isEmpty,
                  !href.lowercased().hasPrefix("javascript:"), !href.lowercased().hasPrefix("data:") else { return children }
            return [.link(Link(destination: href, title: element.attributes["title"], content: children))]
        default: return children
        }
    }

    /// Whether a paragraph is only page furniture ("Print", "Sign up for What's In Blue emails").
    private static func isFurnitureText(_ text: String) -> Bool {
        PageFurniture.isFooter(text) || PageFurniture.isControl(text)
    }

    /// Inlines with white space collapsed as a browser does: runs of spaces, tabs and newlines
    /// become one space, none at the start or end of a line; empty text and empty containers go.
    static func tidy(_ inlines: [Inline]) -> [Inline] {
        var afterSpace = true
        return trimEnd(collapse(inlines, afterSpace: &afterSpace))
    }

    /// `afterSpace` says whether what came before ends in a space or a line start.
    private static func collapse(_ inlines: [Inline], afterSpace: inout Bool) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                var result = ""
                for character in text {
                    if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
                        if !afterSpace { result.append(" ") }
                        afterSpace = true
                    } else {
                        result.append(character)
                        afterSpace = false
                    }
                }
                if !result.isEmpty { out.append(.text(result)) }
            case .softBreak:
                out = trimEnd(out)
                out.append(.softBreak)
                afterSpace = true
            case .emphasis, .strong, .link, .quotation, .annotated, .custom:
                let children = collapse(inline.children, afterSpace: &afterSpace)
                if !children.isEmpty { out.append(inline.replacingChildren(children)) }
            }
        }
        return out
    }

    /// `inlines` without white space at the end.
    private static func trimEnd(_ inlines: [Inline]) -> [Inline] {
        var inlines = inlines
        while let last = inlines.last {
            switch last {
            case .text(let text):
                let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
                inlines.removeLast()
                if !trimmed.isEmpty { return inlines + [.text(trimmed)] }
            case .softBreak:
                return inlines
            case .emphasis, .strong, .link, .quotation, .annotated, .custom:
                let children = trimEnd(last.children)
                inlines.removeLast()
                if !children.isEmpty { return inlines + [last.replacingChildren(children)] }
            }
        }
        return inlines
    }
}
