import Foundation
import WIBKit

/// Leaves out of a run the files whose text is what it was when they were last indexed: a
/// ``PostReader`` whose readers give no post for such a file (and count it), and note the hash
/// of every other file's text, for the archive to record with the run's posts.
final class UnchangedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private let known: [String: String]
    private var skipped = 0
    private var read: [String: String] = [:]

    /// Skips the files whose path and text hash are in `known` (absolute paths; other keys,
    /// such as feed items', match no file).
    init(known: [String: String]) {
        self.known = known
    }

    /// How many files were left out.
    var skippedCount: Int { lock.withLock { skipped } }
    /// The hash of each file read, by absolute path.
    var hashes: [String: String] { lock.withLock { read } }

    /// `reader` with each of its readers skipping unchanged files.
    func reader(over reader: PostReader) -> PostReader {
        PostReader(readers: reader.readers.values.map { wrap($0) }, kind: reader.kind, encoding: reader.encoding)
    }

    private func wrap<R: Reader>(_ reader: R) -> any Reader {
        Skipping(inner: reader, files: self)
    }

    /// Whether `source` is unchanged; if not, its hash is noted.
    fileprivate func isUnchanged(_ source: SourceText) -> Bool {
        guard source.path != "-" else { return false }
        let path = URL(fileURLWithPath: source.path).standardizedFileURL.path
        var hash = WrittenFiles.ContentHash()
        hash.add(source.text.utf8)
        let digest = hash.digest
        return lock.withLock {
            if known[path] == digest {
                skipped += 1
                return true
            }
            read[path] = digest
            return false
        }
    }

    private struct Skipping<Inner: Reader>: Reader {
        static var kind: InputKind { Inner.kind }
        let inner: Inner
        let files: UnchangedFiles

        func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
            files.isUnchanged(source) ? [] : try inner.read(source)
        }
    }
}
