import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What makes two paths the same file: the device and the inode number the file system gives
/// it, after following symbolic links. Two spellings of one path (`./a.txt`, `posts/../a.txt`),
/// a symbolic link and a hard link all have the identity of the file they reach.
public struct FileIdentity: Sendable, Hashable {
    /// The device the file is on (`st_dev`).
    public let device: UInt64
    /// The file's number on that device (`st_ino`).
    public let inode: UInt64

    /// The identity of the file at `path`; `nil` when nothing is there (or it cannot be reached).
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
