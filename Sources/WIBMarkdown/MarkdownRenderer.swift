import WIBCore

/// Renders WIBKit blocks through cmark-gfm: the blocks become a cmark node tree and cmark-gfm
/// writes the format, escaping whatever would otherwise read as markup.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders `blocks` as `format`.
    public func render(_ blocks: [Block], as format: RenderFormat) -> String {
        CMarkTree(blocks: blocks, format: format).render()
    }
}
