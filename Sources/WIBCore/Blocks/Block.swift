/// A block of a post's body: a heading, a paragraph, a list, a quote, a table, a break, literal
/// text, or a block of your own kind.
///
/// In JSON a block is one object whose `type` names the case and whose other keys are those of
/// the case's value (`{"type": "paragraph", "source": {"line": 9}, "content": [...]}`).
///
/// Every switch over the cases, here and in the traversals, names each case: a case added later
/// makes the compiler point at every place that must learn it.
public enum Block: Sendable, Hashable, Codable {
    /// A section heading.
    case heading(Heading)
    /// A paragraph.
    case paragraph(Paragraph)
    /// A block quote.
    case blockQuote(BlockQuote)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A table.
    case table(Table)
    /// A thematic break (a horizontal rule).
    case thematicBreak(ThematicBreak)
    /// Literal text (a fenced code block).
    case codeBlock(CodeBlock)
    /// A block of a kind of your own, holding blocks.
    case custom(CustomBlock)

    /// The source lines this block came from.
    public var range: SourceRange {
        switch self {
        case .heading(let b): b.range
        case .paragraph(let b): b.range
        case .blockQuote(let b): b.range
        case .list(let b): b.range
        case .table(let b): b.range
        case .thematicBreak(let b): b.range
        case .codeBlock(let b): b.range
        case .custom(let b): b.range
        }
    }

    /// The blocks directly inside this one (a quote's or custom block's blocks, every list item's
    /// blocks).
    public var childBlocks: [Block] {
        switch self {
        case .blockQuote(let b): b.blocks
        case .list(let b): b.items.flatMap(\.blocks)
        case .custom(let b): b.blocks
        case .heading, .paragraph, .table, .thematicBreak, .codeBlock: []
        }
    }

    /// The inlines directly inside this block (a heading's or paragraph's content, every table
    /// cell's content).
    public var inlines: [Inline] {
        switch self {
        case .heading(let b): b.content
        case .paragraph(let b): b.content
        case .table(let b): ([b.header] + b.rows).flatMap { $0.flatMap(\.content) }
        case .blockQuote, .list, .thematicBreak, .codeBlock, .custom: []
        }
    }

    /// The block's text: inline text for headings and paragraphs; child blocks' text, one per
    /// line, for containers (quotes, lists, custom blocks); table cells separated by tabs, one
    /// row per line.
    public var plainText: String {
        switch self {
        case .heading(let b): b.content.plainText
        case .paragraph(let b): b.content.plainText
        case .blockQuote, .list, .custom: childBlocks.map(\.plainText).joined(separator: "\n")
        case .table(let b): ([b.header] + b.rows).map { $0.map(\.content.plainText).joined(separator: "\t") }.joined(separator: "\n")
        case .thematicBreak: ""
        case .codeBlock(let b): b.literal
        }
    }

    private enum CodingKeys: String, CodingKey { case type }
    private enum Kind: String, Codable { case heading, paragraph, blockQuote, list, table, thematicBreak, codeBlock, custom }

    public init(from decoder: any Decoder) throws {
        switch try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .type) {
        case .heading: self = .heading(try Heading(from: decoder))
        case .paragraph: self = .paragraph(try Paragraph(from: decoder))
        case .blockQuote: self = .blockQuote(try BlockQuote(from: decoder))
        case .list: self = .list(try ListBlock(from: decoder))
        case .table: self = .table(try Table(from: decoder))
        case .thematicBreak: self = .thematicBreak(try ThematicBreak(from: decoder))
        case .codeBlock: self = .codeBlock(try CodeBlock(from: decoder))
        case .custom: self = .custom(try CustomBlock(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .heading(let b): try c.encode(Kind.heading, forKey: .type); try b.encode(to: encoder)
        case .paragraph(let b): try c.encode(Kind.paragraph, forKey: .type); try b.encode(to: encoder)
        case .blockQuote(let b): try c.encode(Kind.blockQuote, forKey: .type); try b.encode(to: encoder)
        case .list(let b): try c.encode(Kind.list, forKey: .type); try b.encode(to: encoder)
        case .table(let b): try c.encode(Kind.table, forKey: .type); try b.encode(to: encoder)
        case .thematicBreak(let b): try c.encode(Kind.thematicBreak, forKey: .type); try b.encode(to: encoder)
        case .codeBlock(let b): try c.encode(Kind.codeBlock, forKey: .type); try b.encode(to: encoder)
        case .custom(let b): try c.encode(Kind.custom, forKey: .type); try b.encode(to: encoder)
        }
    }
}
