/// Choices that change how posts are written.
public struct ExportOptions: Sendable, Hashable {
    /// Whether resolutions and documents become links to undocs.org (Markdown and HTML).
    public var linksEntities: Bool
    /// Whether the Markdown front matter lists the post's entities.
    public var listsEntities: Bool
    /// Whether LaTeX is a whole document (preamble, title, date) rather than a fragment to
    /// include in another. HTML pages and man pages are always whole.
    public var standalone: Bool

    /// Creates options; by default links and the entity list are on, and LaTeX is a fragment.
    public init(linksEntities: Bool = true, listsEntities: Bool = true, standalone: Bool = false) {
        self.linksEntities = linksEntities
        self.listsEntities = listsEntities
        self.standalone = standalone
    }
}
