import Foundation

/// The temporary files that writers of this process are writing, so that a run stopped by a
/// signal (Ctrl-C, `kill`) can remove them before it exits: an interrupted run leaves the output
/// folder as it was, but for the files already renamed into place whole.
///
/// ``ArtifactWriter`` adds each temporary file as it creates it and takes it off once renamed or
/// removed; the command line calls ``removeAll()`` when a signal stops it.
public final class PendingWrites: @unchecked Sendable {
    /// The process's one list.
    public static let shared = PendingWrites()

    private let lock = NSLock()
    private var paths = Set<String>()

    private init() {}

    /// Adds a temporary file.
    func add(_ url: URL) {
        lock.withLock { _ = paths.insert(url.path) }
    }

    /// Takes a temporary file off the list.
    func remove(_ url: URL) {
        lock.withLock { _ = paths.remove(url.path) }
    }

    /// Removes every temporary file still on the list; returns how many were removed.
    @discardableResult
    public func removeAll() -> Int {
        lock.withLock {
            let removed = paths.filter { unlink($0) == 0 }.count
            paths.removeAll()
            return removed
        }
    }
}
