/// A block of a kind of your own: the escape hatch for nodes that WIBKit does not define (a
/// box of sanctions measures, a timeline widget, an editor's note).
///
/// It carries the kind's name, string attributes and child blocks. Everything WIBKit does
/// treats it as a container: walkers and rewriters go into its blocks (``ASTVisitor``
/// gives it its own hook, ``ASTVisitor/visitCustomBlock(_:)``), its text is its blocks' text (so
/// ``Post/bodyText`` keeps every character), annotators find entities inside it, and every
/// format shows its blocks.
///
/// It survives both of WIBKit's round trips:
/// - JSON: `{"type": "custom", "kind": "sanctions-box", "attributes": {"regime": "DPRK"},
///   "blocks": [...], "source": {"line": 12}}`, attributes in sorted order;
/// - Markdown: its blocks between two HTML lines, which GitHub and other viewers do not show
///   (they show the blocks):
///
///   ```markdown
///   <div data-wib="sanctions-box" data-wib-regime="DPRK">
///
///   The 1718 Committee …
///
///   </div>
///   ```
///
///   `data-wib` holds the kind; each attribute is a `data-wib-NAME` (letters, digits, `-` and `.`
///   of the name are written as they are, any other character as `_HEX_`, its code point in
///   hexadecimal); values are written with `&amp;`, `&quot;`, `&lt;`, `&gt;`, `&#124;`, `&#10;`
///   and `&#13;` for those characters. WIBKit's Markdown reader reads such a `div` back as the
///   same custom block. HTML, LaTeX, man and plain text show the blocks alone.
public struct CustomBlock: Sendable, Hashable, Codable {
    /// The kind's name, chosen by you (`sanctions-box`); WIBKit never interprets it.
    public var kind: String
    /// Facts about the node, by name.
    public var attributes: [String: String]
    /// The blocks inside it.
    public var blocks: [Block]
    /// Where it came from.
    public var range: SourceRange

    /// Creates a custom block of `kind`.
    public init(kind: String, attributes: [String: String] = [:], blocks: [Block], range: SourceRange) {
        self.kind = kind
        self.attributes = attributes
        self.blocks = blocks
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case kind, attributes, blocks, range = "source" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(String.self, forKey: .kind)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        blocks = try c.decode([Block].self, forKey: .blocks)
        range = try c.decode(SourceRange.self, forKey: .range)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeSorted(attributes, forKey: .attributes)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(range, forKey: .range)
    }
}
