/// A span of a kind of your own: the escape hatch for inline nodes that WIBKit does not define
/// (a term to gloss, a redaction, a footnote mark).
///
/// It carries the kind's name, string attributes and child inlines, which hold its text.
/// Everything WIBKit does treats it as a container: walkers and rewriters go into its children
/// (``ASTVisitor`` gives it its own hook), its ``Inline/plainText`` is its children's text (so
/// no character of the post is lost), annotators find entities inside it, and every format shows
/// its text.
///
/// It survives both of WIBKit's round trips:
/// - JSON: `{"type": "custom", "kind": "term", "attributes": {"lang": "fr"}, "children": [...]}`,
///   attributes in sorted order;
/// - Markdown: its children between two HTML tags, which GitHub and other viewers do not show
///   (they show the text): `<span data-wib="term" data-wib-lang="fr">chargé d’affaires</span>`,
///   with names and values written as for a ``CustomBlock``. WIBKit's Markdown reader reads the
///   span back as the same custom inline. A line break at the start of its children is written
///   before the span (a line that holds only the opening tag would read as HTML). HTML, LaTeX,
///   man and plain text show the children alone.
public struct CustomInline: Sendable, Hashable, Codable {
    /// The kind's name, chosen by you (`term`); WIBKit never interprets it.
    public var kind: String
    /// Facts about the span, by name.
    public var attributes: [String: String]
    /// The inlines inside it: its text.
    public var content: [Inline]

    /// Creates a custom inline of `kind`.
    public init(kind: String, attributes: [String: String] = [:], content: [Inline]) {
        self.kind = kind
        self.attributes = attributes
        self.content = content
    }

    private enum CodingKeys: String, CodingKey { case kind, attributes, content = "children" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(String.self, forKey: .kind)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        content = try c.decode([Inline].self, forKey: .content)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeSorted(attributes, forKey: .attributes)
        try c.encode(content, forKey: .content)
    }
}
