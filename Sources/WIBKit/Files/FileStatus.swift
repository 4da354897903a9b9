import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What is at a path, from one `stat` or `lstat` call: its kind and size. Cheaper than
/// `FileManager.attributesOfItem(atPath:)`, which also looks up the owner's and group's names
/// (reading `/etc/passwd` and `/etc/group` for each file) and lists extended attributes.
struct FileStatus {
    /// The kinds of things a path can name, as far as wib cares.
    enum Kind {
        case file, directory, symbolicLink, other
    }

    /// What the path names.
    let kind: Kind
    /// Its size in bytes (`st_size`).
    let size: Int

    /// The status of whatever is at `path`, of the link itself when `followingLinks` is false;
    /// `nil` when nothing is there (or it cannot be reached).
    init?(path: String, followingLinks: Bool = true) {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        kind = switch status.st_mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        default: .other
        }
        size = Int(status.st_size)
    }
}
