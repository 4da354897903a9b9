/// Choices that change how posts are written.
public struct ExportOptions: Sendable, Hashable {
    /// Whether resolutions and documents become links to undocs.org (Markdown and HTML).
    public var linksEntities: Bool
    /// Whether the Markdown front matter lists the post's entities.
    public var listsEntities: Bool

    /// Creates options; by default both are on.
    public init(linksEntities: Bool = true, listsEntities: Bool = true) {
        self.linksEntities = linksEntities
        self.listsEntities = listsEntities
    }
}
