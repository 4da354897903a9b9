import WIBCore

/// A small body with every block kind and nested inlines, a custom block and a custom span
/// among them, written for these tests.
enum TraversalFixtures {
    static let resolution = Entity(kind: .resolution, id: "S/RES/2719(2023)",
                                   attributes: EntityAttributes().setting(.resolutionNumber, to: 2719).setting(.resolutionYear, to: 2023))
    static let state = Entity(kind: .memberState, id: "MLT")

    static let body: [Block] = [
        .heading(Heading(level: 2, content: [.text("Draft Resolution")], range: SourceRange(line: 3))),
        .paragraph(Paragraph(content: [
            .text("Members cited "),
            .annotated(resolution, [.text("resolution 2719")]),
            .text(" and "),
            .emphasis([.text("praised "), .annotated(state, [.text("Malta")])]),
            .text("."),
        ], range: SourceRange(line: 5))),
        .list(ListBlock(items: [
            ListItem(blocks: [.paragraph(Paragraph(content: [.text("first"), .softBreak, .text("wrapped")], range: SourceRange(firstLine: 7, lastLine: 8)))],
                     range: SourceRange(firstLine: 7, lastLine: 8)),
        ], range: SourceRange(firstLine: 7, lastLine: 8))),
        .blockQuote(BlockQuote(blocks: [
            .paragraph(Paragraph(content: [.quotation(Quotation(content: [.text("“a "), .annotated(state, [.text("Maltese")]), .text(" view”")]))], range: SourceRange(line: 10))),
        ], range: SourceRange(line: 10))),
        .table(Table(header: [TableCell(content: [.text("State")])], rows: [[TableCell(content: [.text("Malta")])]], range: SourceRange(line: 12))),
        .thematicBreak(ThematicBreak(range: SourceRange(line: 14))),
        .custom(CustomBlock(kind: "editors-note", attributes: ["by": "desk"], blocks: [
            .paragraph(Paragraph(content: [
                .text("Ask "),
                .custom(CustomInline(kind: "term", attributes: ["lang": "mt"], content: [.annotated(state, [.text("Malta")])])),
                .text(" first."),
            ], range: SourceRange(line: 17))),
        ], range: SourceRange(firstLine: 16, lastLine: 18))),
        .codeBlock(CodeBlock(info: "text", literal: "as it is", range: SourceRange(line: 20))),
    ]
}
