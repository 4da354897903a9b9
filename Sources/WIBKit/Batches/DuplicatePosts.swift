import Foundation
import WIBCore

/// Finds the same post read more than once (from its saved page, the feed and a text copy): the
/// same address, or the same title and posted date. Of each such group the richest copy is kept:
/// whole rather than an excerpt, then the longest text, then the most tags, then an address.
public struct DuplicatePosts: Sendable {
    /// The posts to keep, by index, in order.
    public let kept: [Int]
    /// One warning for each group of copies, on the copy kept: how many copies were read, and
    /// the files of the first few left out.
    public let warnings: [Diagnostic]

    /// How many of the files left out a warning names before "and N more".
    static let namedCopies = 3

    /// Sorts `posts` into kept and left out; `files[i]` names the file post `i` was read from
    /// (by default each post's source).
    public init(_ posts: [Post], files: [String]? = nil) {
        let files = files ?? posts.map { $0.metadata.source ?? "standard input" }
        var group = Array(posts.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while group[index] != index { index = group[index] }
            return index
        }
        var firstByKey: [String: Int] = [:]
        for (index, post) in posts.enumerated() {
            for key in DuplicatePosts.keys(of: post) {
                if let first = firstByKey[key] { group[root(index)] = root(first) } else { firstByKey[key] = index }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in posts.indices { members[root(index), default: []].append(index) }
        var kept: [Int] = []
        var warnings: [Diagnostic] = []
        for index in posts.indices where root(index) == index {
            let copies = members[index] ?? [index]
            let best = copies.max { DuplicatePosts.richness(posts[$0]) < DuplicatePosts.richness(posts[$1]) } ?? index
            kept.append(best)
            guard copies.count > 1 else { continue }
            let post = posts[best]
            let others = copies.filter { $0 != best }.map { files[$0] }
            let named = others.prefix(DuplicatePosts.namedCopies).joined(separator: ", ")
            let more = others.count > DuplicatePosts.namedCopies ? " and \(others.count - DuplicatePosts.namedCopies) more" : ""
            warnings.append(.warning("\(copies.count) copies of the same post (“\(post.metadata.title)”\(post.metadata.posted.map { ", \($0)" } ?? "")) were read; this one, the richest, is kept; left out: \(named)\(more)",
                                     path: files[best], line: post.metadata.chrome.first { $0.role == .title }?.line))
        }
        self.kept = kept.sorted()
        self.warnings = warnings
    }

    /// What identifies a post: its address without scheme, `www.`, query or final slash; and its
    /// title (folded) with its posted date.
    private static func keys(of post: Post) -> [String] {
        var keys: [String] = []
        if let url = post.metadata.url, var address = URLComponents(string: url.trimmingCharacters(in: .whitespaces)) {
            address.query = nil
            address.fragment = nil
            let host = (address.host ?? "").lowercased().replacingOccurrences(of: "www.", with: "")
            let path = address.path.hasSuffix("/") ? String(address.path.dropLast()) : address.path
            if !host.isEmpty || !path.isEmpty { keys.append("url:\(host)\(path)") }
        }
        if let posted = post.metadata.posted {
            let title = post.metadata.title.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            keys.append("title:\(title)|\(posted)")
        }
        return keys
    }

    /// Larger is richer.
    private static func richness(_ post: Post) -> (Int, Int, Int, Int) {
        (post.metadata.truncated ? 0 : 1, post.bodyText.count, post.metadata.tags.count, post.metadata.url == nil ? 0 : 1)
    }
}
