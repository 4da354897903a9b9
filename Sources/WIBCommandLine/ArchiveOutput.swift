import ArgumentParser
import Foundation
import WIBArchive
import WIBKit

/// Writes the one file a command over an archive makes (a pack, a report) the way packs are
/// written: whole or not at all, never over its inputs (the archive's database) nor over a file
/// wib did not write unless `overwrites`, recorded in the folder's `.wib-written`.
enum ArchiveOutput {
    /// Writes the text `pieces` hands on to the file at `path`.
    static func write(_ path: String, archive: Archive, overwrites: Bool, pieces: @escaping @Sendable ((String) -> Void) -> Void) throws(Diagnostic) {
        let folder = (path as NSString).deletingLastPathComponent
        let writer = ArtifactWriter(directory: URL(fileURLWithPath: folder.isEmpty ? "." : folder),
                                    protecting: [archive.folder.appendingPathComponent(Archive.fileName).path], overwrites: overwrites)
        _ = try writer.write(Artifact(relativePath: (path as NSString).lastPathComponent, pieces: pieces))
    }

    /// Opens the archive in `folder` (which must exist), or prints why not and exits 1.
    static func open(_ folder: String) throws -> Archive {
        try orExit { () throws(Diagnostic) in try Archive(folder: folder, creating: false) }
    }

    /// What `body` gives, or, when it throws, its diagnostic printed and exit 1.
    static func orExit<T>(_ body: () throws(Diagnostic) -> T) throws -> T {
        do throws(Diagnostic) {
            return try body()
        } catch {
            StandardError.write([error.description])
            throw ExitCode(1)
        }
    }
}
