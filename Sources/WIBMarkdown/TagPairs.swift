/// Which closing tag closes each opening tag among sibling nodes (the `div` lines or `span` tags
/// of ``CustomNodeTag``), found in one pass: tags nest, and a closing tag closes the last one
/// still open. Opening tags of other HTML (`<div class="note">`) count too, so that their
/// closing tags close them and not a custom node.
struct TagPairs {
    /// Closing index by opening index.
    private var closings: [Int: Int] = [:]

    /// The pairs among `nodes`, whose HTML is `literal(node)` (`nil` for nodes that are not HTML).
    init<Node>(_ nodes: [Node], element: CustomNodeTag.Element, literal: (Node) -> String?) {
        var open: [Int] = []
        for (index, node) in nodes.enumerated() {
            guard let html = literal(node) else { continue }
            if CustomNodeTag.isAnyOpening(html, element: element) {
                open.append(index)
            } else if CustomNodeTag.isClosing(html, element: element), let start = open.popLast() {
                closings[start] = index
            }
        }
    }

    /// The index of the node that closes the tag at `index`, if it opens one that is closed.
    func closing(of index: Int) -> Int? {
        closings[index]
    }
}
