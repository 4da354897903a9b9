import PropertyBased
import Testing
import WIBCore
import WIBMarkdown

/// GitHub reads Markdown with cmark-gfm's autolink, table, strikethrough and task list
/// extensions. The Markdown WIBKit writes must read back as the same blocks and text there as in
/// WIBKit's own reader, for every construct those extensions add: bare addresses, tables opened by
/// a delimiter row, `~` strikethrough, `[ ]` task items. GitHub may put a link around an address;
/// the text stays the same.
@Suite struct GitHubReadingTests {
    /// Addresses of every kind the autolink extension links; `{}` is where a character goes.
    static let addresses = [
        "www.un.org/sc{}res", "https://un.org/sc{}res", "http://un.org/sc{}res", "ftp://un.org/sc{}res",
        "HTTPS://un.org/sc{}res", "www.un.org/a?b=1{}", "https://un.org{}/x", "www.un.org/{}res", "www.u{}n.org/x",
        "https://{}un.org", "desk{}@un.org", "mailto:desk@u{}n.org",
    ]

    /// Characters that cmark-gfm escapes, that the autolink extension trims from a link's end, or
    /// that end a link; and the usual ones of addresses.
    static let characters = [
        "_", "&", "#", "~", "*", "!", "[", "]", "\\", "`", "<", ">", "|", "(", ")", "'", "\"", ".", ",", ":", ";",
        "?", "=", "%", "+", "-", "@", "$", "^", "{", "}", "/", "\t", "\u{00A0}", "__", "&amp;", "&#35;", "~~", "_a_",
        "**", ".)", "!.", "é", "",
    ]

    /// Ways an address sits in a post, each making blocks from the address.
    static let placements: [(name: String, blocks: @Sendable (String) -> [Block])] = [
        ("mid-sentence", { [paragraph([.text("See \($0) now.")])] }),
        ("paragraph start", { [paragraph([.text("\($0) is the address")])] }),
        ("paragraph end", { [paragraph([.text("See \($0)")])] }),
        ("before a full stop", { [paragraph([.text("See \($0).")])] }),
        ("in parentheses", { [paragraph([.text("(see \($0))")])] }),
        ("after markup characters", { [paragraph([.text("_\($0) *\($0) ~\($0) (\($0)")])] }),
        ("before a less-than sign", { [paragraph([.text("See \($0)<b> now")])] }),
        ("between soft breaks", { [paragraph([.text("See"), .softBreak, .text($0), .softBreak, .text("now")])] }),
        ("before a trailing space", { [paragraph([.text("See \($0) "), .softBreak, .text("now")])] }),
        ("before a tab", { [paragraph([.text("See \($0)\tnow")])] }),
        ("in emphasis", { [paragraph([.text("See "), .emphasis([.text($0)]), .text(" now")])] }),
        ("before strong text", { [paragraph([.text("See \($0)"), .strong([.text("now")])])] }),
        ("after strong text", { [paragraph([.strong([.text("See")]), .text("\($0) now")])] }),
        ("in a heading", { [.heading(Heading(level: 2, content: [.text("See \($0) now")], range: SourceRange(line: 1)))] }),
        ("in a list item", { [list([[paragraph([.text("first"), .softBreak, .text("see \($0)")])], [paragraph([.text($0)])]])] }),
        ("in a quote", { [.blockQuote(BlockQuote(blocks: [paragraph([.text("See \($0) now")])], range: SourceRange(line: 1)))] }),
        ("in a table cell", { [table(header: ["Address", "Note"], rows: [[$0, "see \($0) now"]])] }),
        ("twice", { [paragraph([.text("\($0) and \($0)/\($0)")])] }),
        ("split by an annotation", { address in
            let half = address.index(address.startIndex, offsetBy: address.count / 2)
            let entity = Entity(kind: .document, id: String(address[..<half]))
            return [paragraph([.text("See "), .annotated(entity, [.text(String(address[..<half]))]), .text(address[half...] + " now")])]
        }),
    ]

    @Test(arguments: characters)
    func addressesKeepTheirText(_ character: String) {
        var failures: [String] = []
        for address in Self.addresses.map({ $0.replacingOccurrences(of: "{}", with: character) }) {
            for placement in Self.placements {
                if let failure = Self.mismatch(placement.blocks(address)) { failures.append("\(placement.name): \(failure)") }
            }
        }
        Self.expectNone(failures)
    }

    @Test func anAddressWithUnderscoresIsWrittenWithoutEscapesAndGitHubLinksIt() {
        let blocks = [Self.paragraph([.text("See www.un.org/sc_res_2334 now")])]
        let markdown = MarkdownRenderer().render(blocks, as: .commonMark)
        #expect(markdown == "See www.un.org/sc_res_2334 now\n")
        let link = Link(destination: "http://www.un.org/sc_res_2334", content: [.text("www.un.org/sc_res_2334")])
        #expect(CommonMarkParser(dialect: .gitHub).parse(markdown).first?.inlines == [.text("See "), .link(link), .text(" now")])
        #expect(CommonMarkParser().parse(markdown).first?.inlines == [.text("See www.un.org/sc_res_2334 now")])
    }

    @Test(arguments: [
        ("Read https://example.org/a_b#part&x=1 today", "Read https://example.org/a_b#part&x=1 today\n"),
        ("Go to www.un.org/~guest or https://un.org/a*b*", "Go to www\\.un.org/\\~guest or https\\://un.org/a\\*b\\*\n"),
        ("See www.un.org/_draft_ and www.un.org/a&amp;b", "See www\\.un.org/\\_draft\\_ and www\\.un.org/a\\&amp;b\n"),
        ("Prose keeps cmark-gfm's escapes: snake_case, a*b, AT&T, C# and ~5 (www not an address)",
         "Prose keeps cmark-gfm's escapes: snake\\_case, a\\*b, AT\\&T, C\\# and \\~5 (www not an address)\n"),
    ])
    func addressesAreWrittenRawOrWithTheirLinkStartEscaped(_ text: String, _ expected: String) {
        let blocks = [Self.paragraph([.text(text)])]
        #expect(MarkdownRenderer().render(blocks, as: .commonMark) == expected)
        #expect(Self.mismatch(blocks) == nil)
    }

    @Test func anEmailAddressKeepsItsTextThoughGitHubLinksIt() {
        let blocks = [Self.paragraph([.text("Write to desk_one@un.org.")])]
        #expect(Self.mismatch(blocks) == nil)
        let markdown = MarkdownRenderer().render(blocks, as: .commonMark)
        let read = CommonMarkParser(dialect: .gitHub).parse(markdown).first?.inlines ?? []
        #expect(read.contains(.link(Link(destination: "mailto:desk_one@un.org", content: [.text("desk_one@un.org")]))), "GFM was: \(markdown)")
    }

    @Test func theDialectsDifferOnlyInAddressesAndTaskBoxes() {
        let markdown = "- [ ] Draft at www.un.org/a\\_b\n- [x] Done\n\n| a |\n| - |\n| ~~b~~ |\n"
        let item = { (text: String) in [Self.paragraph([.text(text)])] }
        #expect(Self.shape(CommonMarkParser().parse(markdown)) == Self.shape([
            Self.list([item("[ ] Draft at www.un.org/a_b"), item("[x] Done")]), Self.table(header: ["a"], rows: [["b"]]),
        ]))
        let link = Inline.link(Link(destination: "http://www.un.org/a\\_b", content: [.text("www.un.org/a\\_b")]))
        #expect(Self.shape(CommonMarkParser(dialect: .gitHub).parse(markdown)) == Self.shape([
            Self.list([[Self.paragraph([.text("Draft at "), link])], item("Done")]), Self.table(header: ["a"], rows: [["b"]]),
        ]), "GitHub keeps the backslash inside an address it links, and draws a box for the marker")
    }

    /// Lines that look like a table's delimiter row.
    static let delimiterRows = [
        "| --- | --- |", "|---|---|", "--- | ---", ":--|--:", "| :-: | -: |", "|-|", "-|-", "| --- |", "---|", ":-",
        "| - | - | - |", "|:---|", "--:", "| --- | --- |  ", "- | -",
    ]

    @Test(arguments: delimiterRows)
    func aWrappedLineThatLooksLikeATableDelimiterStaysText(_ row: String) {
        var failures: [String] = []
        for header in ["one", "a | b", "a | b | c", "| a | b |", "x|y", "-"] {
            let lines: [Inline] = [.text("first line"), .softBreak, .text(header), .softBreak, .text(row), .softBreak, .text("a | b")]
            let quote = Block.blockQuote(BlockQuote(blocks: [Self.paragraph(lines)], range: SourceRange(line: 1)))
            let candidates: [(String, [Block])] = [
                ("paragraph", [Self.paragraph([.text(header), .softBreak, .text(row)])]),
                ("longer paragraph", [Self.paragraph(lines)]),
                ("list item", [Self.list([[Self.paragraph([.text(header), .softBreak, .text(row)])], [Self.paragraph([.text("next")])]])]),
                ("nested list item", [Self.list([[Self.paragraph([.text("outer")]), Self.list([[Self.paragraph(lines)]])]])]),
                ("quote", [quote]),
                ("quote in a list item", [Self.list([[quote]])]),
                ("items of their own", [Self.list([[Self.paragraph([.text(header)])], [Self.paragraph([.text(row)])]])]),
                ("text joined from pieces", [Self.paragraph([.text(header), .softBreak, .text(String(row.prefix(2))), .text(String(row.dropFirst(2)))])]),
            ]
            for (name, blocks) in candidates {
                if let failure = Self.mismatch(blocks) { failures.append("\(name) after \(header): \(failure)") }
            }
        }
        Self.expectNone(failures)
    }

    @Test func aDelimiterLookingFirstLineIsNotEscaped() {
        let markdown = MarkdownRenderer().render([Self.paragraph([.text("| --- | --- |")])], as: .commonMark)
        #expect(markdown == "| --- | --- |\n")
        #expect(MarkdownRenderer().render([Self.paragraph([.text("a | b"), .softBreak, .text("| --- | --- |")])], as: .commonMark)
            == "a | b\n\\| --- | --- |\n")
    }

    @Test(arguments: ["~text~", "~~text~~", "a~b~c", "~~", "~ spaced ~", "x ~~ y ~~ z", "~~~", "www.un.org/~a~"])
    func tildesNeverStrikeThrough(_ text: String) {
        let blocks: [Block] = [
            Self.paragraph([.text(text), .softBreak, .text("and \(text) again")]),
            .heading(Heading(level: 3, content: [.text(text)], range: SourceRange(line: 1))),
            Self.table(header: [text], rows: [[text]]),
            Self.list([[Self.paragraph([.text(text)])]]),
            Self.paragraph([.emphasis([.text(text)]), .text(text)]),
        ]
        #expect(Self.mismatch(blocks) == nil)
    }

    @Test(arguments: ["[ ] to do", "[x] done", "[X] Done", "[ ]\tTabbed", "[x]", "[ ]  two spaces", "[  ] not a box", "[y] not a box"])
    func bracketsStartingAListItemAreNoTaskBox(_ text: String) {
        let blocks: [Block] = [
            Self.list([[Self.paragraph([.text(text)])], [Self.paragraph([.text("plain"), .softBreak, .text(text)])]]),
            Self.paragraph([.text("Numbered:")]),
            .list(ListBlock(ordered: true, items: [ListItem(blocks: [Self.paragraph([.text(text)])], range: SourceRange(line: 1))], range: SourceRange(line: 1))),
            Self.paragraph([.text("Nested:")]),
            Self.list([[Self.paragraph([.text("outer")]), Self.list([[Self.paragraph([.text(text)])]])]]),
            Self.paragraph([.text("Quoted:")]),
            Self.list([[.blockQuote(BlockQuote(blocks: [Self.paragraph([.text(text)])], range: SourceRange(line: 1)))]]),
        ]
        #expect(Self.mismatch(blocks) == nil)
    }

    /// Pieces of random text: address starts and parts, characters Markdown or an extension gives
    /// a meaning, and `⏎` (a line break), `«`/`‹` (strong or emphasis starts), `›` (its end).
    static let pieces = [
        "www.", "https://", "http://", "ftp://", "HTTP://", "mailto:", "un.org", "x.org/a_b", "/", "_", "~", "*", "&", "amp;", "#",
        "|", "---", ":", "-", " ", "[ ]", "[x]", "@", "desk", "a", "1", "(", ")", "<", ">", "\\", "`", "!", ".", "\t", "é", "1.",
        ";", "=", "⏎", "«", "‹", "›",
    ]

    @Test func randomTextReadsTheSameOnGitHub() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...40), Gen.int(in: 0...4)) { indices, container in
            let content = Self.inlines(indices.map { Self.pieces[$0] })
            let paragraph = Self.paragraph(content)
            let blocks: [Block] = switch container {
            case 0: [paragraph]
            case 1: [Self.list([[paragraph]])]
            case 2: [.blockQuote(BlockQuote(blocks: [paragraph], range: SourceRange(line: 1)))]
            case 3: [.heading(Heading(level: 2, content: content, range: SourceRange(line: 1)))]
            default: [.table(Table(header: [TableCell(content: content)], rows: [[TableCell(content: content)]], range: SourceRange(line: 1)))]
            }
            let markdown = MarkdownRenderer().render(blocks, as: .commonMark)
            let gitHub = Self.shape(CommonMarkParser(dialect: .gitHub).parse(markdown).rewritten(by: Unlinked()))
            let wibKit = Self.shape(CommonMarkParser().parse(markdown).rewritten(by: Unlinked()))
            #expect(gitHub == wibKit, "GFM was:\n\(markdown)")
        }
    }

    /// Inlines from random pieces (see ``pieces``).
    static func inlines(_ pieces: [String]) -> [Inline] {
        var stack: [(strong: Bool, content: [Inline])] = [(false, [])]
        func close() {
            let (strong, content) = stack.removeLast()
            stack[stack.count - 1].content.append(strong ? .strong(content) : .emphasis(content))
        }
        for piece in pieces {
            switch piece {
            case "⏎": stack[stack.count - 1].content.append(.softBreak)
            case "«", "‹": stack.append((piece == "«", []))
            case "›": if stack.count > 1 { close() }
            default: stack[stack.count - 1].content.append(.text(piece))
            }
        }
        while stack.count > 1 { close() }
        return stack[0].content
    }

    // MARK: - Reading back

    /// Records the first of `failures` (there are often many of one cause).
    static func expectNone(_ failures: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let count = failures.count
        #expect(count == 0, "first of \(count) failures: \(failures.first ?? "")", sourceLocation: sourceLocation)
    }

    /// What differs when `blocks`, written as GFM, are read by WIBKit's reader and by GitHub's
    /// (links GitHub made around addresses taken out), or `nil`.
    static func mismatch(_ blocks: [Block]) -> String? {
        let markdown = MarkdownRenderer().render(blocks, as: .commonMark)
        let expected = shape(blocks)
        for dialect in CommonMarkParser.Dialect.allCases {
            let read = shape(CommonMarkParser(dialect: dialect).parse(markdown).rewritten(by: Unlinked()))
            if read != expected { return "\(dialect) read\n\(read)\nnot\n\(expected)\nfrom GFM:\n\(markdown)" }
        }
        return nil
    }

    /// The blocks' structure and text, without source lines: cmark-gfm's XML of them, an element a
    /// line.
    static func shape(_ blocks: [Block]) -> String {
        MarkdownRenderer().render(blocks, as: .xml).split(separator: "\n").dropFirst(3).dropLast()
            .map { $0.drop { $0 == " " }.replacingOccurrences(of: " xml:space=\"preserve\"", with: "") }
            .joined(separator: "\n")
    }

    /// Takes out every link, keeping its text (the blocks these tests write have none).
    struct Unlinked: ASTRewriter {
        mutating func visitLink(_ link: Link) -> [Inline] {
            rewrite(link.content)
        }
    }

    static func paragraph(_ content: [Inline]) -> Block {
        .paragraph(Paragraph(content: content, range: SourceRange(line: 1)))
    }

    static func list(_ items: [[Block]]) -> Block {
        .list(ListBlock(items: items.map { ListItem(blocks: $0, range: SourceRange(line: 1)) }, range: SourceRange(line: 1)))
    }

    static func table(header: [String], rows: [[String]]) -> Block {
        let cells = { (texts: [String]) in texts.map { TableCell(content: [.text($0)]) } }
        return .table(Table(header: cells(header), rows: rows.map(cells), range: SourceRange(line: 1)))
    }
}
