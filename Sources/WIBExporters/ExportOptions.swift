/// Choices that change how posts are written.
public struct ExportOptions: Sendable, Hashable {
    /// Whether resolutions and documents become links to undocs.org (Markdown and HTML).
    public var linksEntities: Bool
    /// Whether the Markdown front matter lists the post's entities.
    public var listsEntities: Bool
    /// Whether LaTeX is a whole document (preamble, title, date) rather than a fragment to
    /// include in another. HTML pages and man pages are always whole.
    public var standalone: Bool
    /// The manual section a man page names in its `.TH` line (1…9; 7, miscellaneous documents,
    /// unless the page's file name says another: `post.1`).
    public var manSection: Int

    /// Creates options; by default links and the entity list are on, LaTeX is a fragment, and
    /// man pages are in section 7.
    public init(linksEntities: Bool = true, listsEntities: Bool = true, standalone: Bool = false, manSection: Int = 7) {
        self.linksEntities = linksEntities
        self.listsEntities = listsEntities
        self.standalone = standalone
        self.manSection = manSection
    }
}
