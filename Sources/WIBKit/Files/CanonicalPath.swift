import Foundation

/// A path made absolute, with `.`, `..` and symbolic links resolved, so that two spellings of
/// one folder compare equal. A path that does not exist yet (an output folder a run will make)
/// is resolved as far as it exists, and the rest appended as written.
public struct CanonicalPath: Sendable, Hashable, CustomStringConvertible {
    /// The absolute path, without a final slash (except for `/` itself).
    public let path: String

    /// The canonical form of `path`, relative paths taken from the current folder.
    public init(_ path: String) {
        var absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: absolute), absolute != "/" {
            missing.insert((absolute as NSString).lastPathComponent, at: 0)
            absolute = (absolute as NSString).deletingLastPathComponent
        }
        let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        self.path = missing.reduce(resolved) { ($0 as NSString).appendingPathComponent($1) }
    }

    /// Whether this path is `other` or lies below it.
    public func isInside(_ other: CanonicalPath) -> Bool {
        path == other.path || path.hasPrefix(other.path == "/" ? "/" : other.path + "/")
    }

    public var description: String { path }
}
