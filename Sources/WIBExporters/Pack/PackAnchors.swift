/// The anchors of a pack's headings, as GitHub names them: lower case, punctuation dropped,
/// spaces as hyphens, and `-1`, `-2` after a repeated one, counted in document order.
struct PackAnchors {
    /// One slug per heading, in document order.
    let slugs: [String]

    /// Slugs for `headings`, the text of every heading in document order.
    init(headings: [String]) {
        var counts: [String: Int] = [:]
        slugs = headings.map { heading in
            let base = PackAnchors.slug(heading)
            defer { counts[base, default: 0] += 1 }
            guard let seen = counts[base] else { return base }
            return "\(base)-\(seen)"
        }
    }

    /// GitHub's slug of a heading's text.
    static func slug(_ text: String) -> String {
        String(text.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            if character.isLetter || character.isNumber || character == "-" || character == "_" { return character }
            return nil
        })
    }
}
