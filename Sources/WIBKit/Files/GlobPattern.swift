import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A shell glob (`*`, `?`, `[…]`) that leaves files out of a folder's inputs (`--exclude`,
/// `exclude:` in a pipeline file).
///
/// A pattern without `/` is matched against each file's and each folder's name
/// (`--exclude 'drafts'`, `--exclude '*.bak.txt'`); a pattern with `/` against the path below the
/// folder the user named (`--exclude '2019/*'`), where `*` also crosses `/`. A folder that
/// matches is left out with everything in it.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String

    /// A pattern; an empty one is refused.
    public init?(_ pattern: String) {
        guard !pattern.isEmpty else { return nil }
        self.pattern = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
    }

    /// Whether the file or folder at `relativePath` (below the named folder) matches.
    public func matches(relativePath: String) -> Bool {
        let subject = pattern.contains("/") ? relativePath : (relativePath as NSString).lastPathComponent
        return fnmatch(pattern, subject, 0) == 0
    }

    public var description: String { pattern }
}
