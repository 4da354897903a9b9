/// A bulleted or numbered list.
public struct ListBlock: Sendable, Hashable, Codable {
    /// Whether the items are numbered.
    public var ordered: Bool
    /// The items.
    public var items: [ListItem]
    /// Where it came from.
    public var range: SourceRange

    /// Creates a list.
    public init(ordered: Bool = false, items: [ListItem], range: SourceRange) {
        self.ordered = ordered
        self.items = items
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case ordered, items, range = "source" }
}
