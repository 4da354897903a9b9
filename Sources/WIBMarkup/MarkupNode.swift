/// A node of an HTML page or an XML feed, copied out of libxml2's tree into Swift values.
public enum MarkupNode: Sendable, Hashable {
    /// An element.
    case element(MarkupElement)
    /// Text (CDATA included), with entities decoded.
    case text(String)

    /// The node's text: its own, or all its descendants' in order.
    public var text: String {
        switch self {
        case .text(let text): text
        case .element(let element): element.text
        }
    }
}
