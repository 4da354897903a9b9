import WIBCore

/// Links to the posts' sections in a pack, or their titles when the pack leaves the posts out.
struct PackPostLinks {
    /// The pack's posts, in order.
    let posts: [Post]
    /// Each post's section anchor; `nil` when the posts are left out.
    let anchors: [String]?

    /// A link to post `index`, shown as `text` (its title by default).
    func link(_ index: Int, text: String? = nil) -> Inline {
        let shown = Inline.text(text ?? posts[index].metadata.title)
        guard let anchors else { return shown }
        return .link(Link(destination: "#\(anchors[index])", content: [shown]))
    }

    /// Links to several posts, separated by "; ".
    func links(_ indexes: [Int]) -> [Inline] {
        var inlines: [Inline] = []
        for index in indexes {
            if !inlines.isEmpty { inlines.append(.text("; ")) }
            inlines.append(link(index))
        }
        return inlines
    }
}
