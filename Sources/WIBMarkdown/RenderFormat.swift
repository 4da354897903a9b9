/// An output format that cmark-gfm renders.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub Flavored Markdown (CommonMark with the table extension).
    case commonMark = "markdown"
    /// An HTML fragment. Safe: raw HTML never passes and unsafe link schemes are dropped.
    case html
    /// A LaTeX fragment.
    case latex
    /// A groff man page body.
    case man
    /// Plain text.
    case plainText = "text"
    /// cmark's XML form of the node tree.
    case xml
}
