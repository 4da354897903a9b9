import Foundation

/// Puts written files on the disk in one pass, rather than one `fsync` after another.
///
/// ``ArtifactWriter`` writes every temporary file first, then hands them here, then renames them:
/// a file renamed into place is already whole on the disk. On Linux one `syncfs` on the output
/// folder's file system does it (one journal commit for all the files); elsewhere, or when
/// `syncfs` fails, each file is synced with `fsync`, on every core at once so that the disk
/// takes them together.
enum Flush {
    /// Puts the files at `urls` (and, on Linux, everything else pending on the file system of
    /// `folder`) on the disk. Throws the `POSIXError` of the first file that cannot be synced.
    static func files(_ urls: [URL], in folder: URL) throws {
        guard !urls.isEmpty else { return }
        if let syncfs = Flush.syncfs {
            let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                defer { close(descriptor) }
                if syncfs(descriptor) == 0 { return }
            }
        }
        let lock = NSLock()
        nonisolated(unsafe) var failure: Int32?
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            if let error = sync(urls[index].path, flags: O_RDONLY) { lock.withLock { failure = failure ?? error } }
        }
        if let failure { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    /// Linux's `syncfs(2)`, which Swift's Glibc module does not declare, found in the C library
    /// when the process starts; `nil` on other systems.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// Syncs each folder at `paths`, so that the names renamed or created in it survive a power
    /// loss; returns the first that cannot be synced, with its `errno`.
    static func folders(_ paths: [String]) -> (path: String, errno: Int32)? {
        for path in paths {
            if let error = sync(path, flags: O_RDONLY | O_DIRECTORY) { return (path, error) }
        }
        return nil
    }

    /// `fsync` of the file at `path`, opened with `flags`; `errno` when it fails.
    private static func sync(_ path: String, flags: Int32) -> Int32? {
        let descriptor = open(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 ? nil : errno
    }
}
