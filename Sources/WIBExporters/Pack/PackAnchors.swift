/// The anchor of each post's section in a pack, as GitHub names heading anchors: lower case,
/// punctuation dropped, spaces as hyphens, and `-1`, `-2` after a repeated one.
struct PackAnchors {
    /// One slug per title, in order.
    let slugs: [String]

    /// Slugs for `titles`, after the headings `reserved` (which come first in the document).
    init(titles: [String], reserved: [String]) {
        var counts: [String: Int] = [:]
        func unique(_ title: String) -> String {
            let base = PackAnchors.slug(title)
            defer { counts[base, default: 0] += 1 }
            guard let seen = counts[base] else { return base }
            return "\(base)-\(seen)"
        }
        for heading in reserved { _ = unique(heading) }
        slugs = titles.map(unique)
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
