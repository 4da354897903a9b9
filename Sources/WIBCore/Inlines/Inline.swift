/// A span of text inside a block.
///
/// Inlines nest: emphasis, strong, links, quotations, annotations and custom spans contain
/// further inlines. Every character of a post's body lives in exactly one `.text` leaf, so
/// joining the leaves (``plainText``) gives back the text as it was read.
///
/// Every switch over the cases, here and in the traversals, names each case: a case added later
/// makes the compiler point at every place that must learn it.
public enum Inline: Sendable, Hashable, Codable {
    /// Literal text. Never interpreted as Markdown or HTML by any renderer.
    case text(String)
    /// A line break in the source that is not a paragraph break (a wrapped list item).
    case softBreak
    /// Emphasised text (italics).
    case emphasis([Inline])
    /// Strongly emphasised text (bold).
    case strong([Inline])
    /// A hyperlink.
    case link(Link)
    /// Quoted speech or text, quotation marks included in its content.
    case quotation(Quotation)
    /// A span that an annotator recognised as an ``Entity``.
    case annotated(Entity, [Inline])
    /// A span of a kind of your own, holding inlines.
    case custom(CustomInline)

    /// The inlines directly inside this one (empty for leaves).
    public var children: [Inline] {
        switch self {
        case .text, .softBreak: []
        case .emphasis(let c), .strong(let c), .annotated(_, let c): c
        case .link(let link): link.content
        case .quotation(let quotation): quotation.content
        case .custom(let custom): custom.content
        }
    }

    /// The same inline with its children replaced (leaves are returned unchanged).
    public func replacingChildren(_ children: [Inline]) -> Inline {
        switch self {
        case .text, .softBreak: self
        case .emphasis: .emphasis(children)
        case .strong: .strong(children)
        case .annotated(let entity, _): .annotated(entity, children)
        case .link(var link): { link.content = children; return .link(link) }()
        case .quotation(var quotation): { quotation.content = children; return .quotation(quotation) }()
        case .custom(var custom): { custom.content = children; return .custom(custom) }()
        }
    }

    /// The text of this inline and everything inside it; a soft break reads as `"\n"`.
    public var plainText: String {
        switch self {
        case .text(let s): s
        case .softBreak: "\n"
        case .emphasis, .strong, .link, .quotation, .annotated, .custom: children.plainText
        }
    }

    private enum CodingKeys: String, CodingKey { case type, text, children, entity }
    private enum Kind: String, Codable { case text, softBreak, emphasis, strong, link, quotation, annotated, custom }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .type) {
        case .text: self = .text(try c.decode(String.self, forKey: .text))
        case .softBreak: self = .softBreak
        case .emphasis: self = .emphasis(try c.decode([Inline].self, forKey: .children))
        case .strong: self = .strong(try c.decode([Inline].self, forKey: .children))
        case .link: self = .link(try Link(from: decoder))
        case .quotation: self = .quotation(try Quotation(from: decoder))
        case .annotated:
            self = .annotated(try c.decode(Entity.self, forKey: .entity), try c.decode([Inline].self, forKey: .children))
        case .custom: self = .custom(try CustomInline(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let s):
            try c.encode(Kind.text, forKey: .type)
            try c.encode(s, forKey: .text)
        case .softBreak:
            try c.encode(Kind.softBreak, forKey: .type)
        case .emphasis(let children):
            try c.encode(Kind.emphasis, forKey: .type)
            try c.encode(children, forKey: .children)
        case .strong(let children):
            try c.encode(Kind.strong, forKey: .type)
            try c.encode(children, forKey: .children)
        case .link(let link):
            try c.encode(Kind.link, forKey: .type)
            try link.encode(to: encoder)
        case .quotation(let quotation):
            try c.encode(Kind.quotation, forKey: .type)
            try quotation.encode(to: encoder)
        case .annotated(let entity, let children):
            try c.encode(Kind.annotated, forKey: .type)
            try c.encode(entity, forKey: .entity)
            try c.encode(children, forKey: .children)
        case .custom(let custom):
            try c.encode(Kind.custom, forKey: .type)
            try custom.encode(to: encoder)
        }
    }
}

extension Array where Element == Inline {
    /// The joined text of every inline, as ``Inline/plainText``.
    public var plainText: String { map(\.plainText).joined() }
}
