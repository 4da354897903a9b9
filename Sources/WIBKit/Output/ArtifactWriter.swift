import Foundation

/// Writes artifacts into an output folder, all or none, never over one of the run's inputs.
///
/// Every path is checked first: it must be relative, without `..`, and no folder on the way may
/// be a symbolic link (which could lead out of the output folder) or a file; nor may it be one of
/// the ``inputs`` (by ``FileIdentity``: another spelling, a symbolic or a hard link to an input
/// counts as the input). Then each artifact
/// goes to a temporary file beside its destination; only when all of them are written are they
/// renamed into place. A failure before that removes the temporary files and the folders this
/// writer created (never a folder it did not create), so the output folder is as it was. With
/// the artifacts, the folder's ``WrittenFiles`` record gets their paths and hashes. Each
/// artifact's text goes to its file as it is made (``Artifact/write(to:)``), hashed on the way.
///
/// Durability: the temporary files reach the disk in one pass before any is renamed (``Flush``:
/// `syncfs` on Linux, else each file's `fsync` on every core), and the folders that received them
/// are synced once after the renames; so after a crash or a power loss an output file is the
/// old one or the new one, never a torn one.
public struct ArtifactWriter: Sendable {
    /// The output folder.
    public let directory: URL
    /// The run's input files, which no artifact may replace: each input's path by its identity.
    public let inputs: [FileIdentity: String]
    /// Whether files wib did not write (or that were changed since) may be replaced.
    public let overwrites: Bool

    /// Creates a writer into `directory` (created when missing) that refuses to replace any of
    /// the files at `inputs`, and, unless `overwrites`, any file that its ``WrittenFiles`` record
    /// does not list as wib's, unchanged.
    public init(directory: URL, protecting inputs: [String] = [], overwrites: Bool = false) {
        self.directory = directory
        self.overwrites = overwrites
        var identities: [FileIdentity: String] = [:]
        for path in inputs {
            if let identity = FileIdentity(path: path), identities[identity] == nil { identities[identity] = path }
        }
        self.inputs = identities
    }

    /// Writes one artifact and returns the path written.
    @discardableResult
    public func write(_ artifact: Artifact) throws(Diagnostic) -> String {
        try writeAll([artifact])[0]
    }

    /// Writes every artifact, or none when any cannot be written; returns the paths written.
    @discardableResult
    public func writeAll(_ artifacts: [Artifact]) throws(Diagnostic) -> [String] {
        var record = WrittenFiles(in: directory)
        let targets = try (artifacts.map(\.relativePath) + [WrittenFiles.fileName]).map { (path) throws(Diagnostic) in try destination(of: path) }
        if !overwrites {
            for (artifact, target) in zip(artifacts, targets)
            where FileManager.default.fileExists(atPath: target.path) && !record.isUnchanged(artifact.relativePath, in: directory) {
                throw .error("is already there, and wib did not write it (or it was changed since); wib does not replace it: move it, write elsewhere, or pass --overwrite; nothing was written",
                             path: target.relativePath)
            }
        }
        var createdFolders: [URL] = []
        var temporaries: [URL] = []
        defer { for temporary in temporaries { PendingWrites.shared.remove(temporary) } }
        func undo() {
            for temporary in temporaries { try? FileManager.default.removeItem(at: temporary) }
            for folder in createdFolders.reversed() { rmdir(folder.path) }
        }
        do {
            // The record comes last: it holds the hashes of the others, taken as they are written.
            for (index, destination) in targets.enumerated() {
                try createFolders(for: destination, recordingIn: &createdFolders)
                let temporary = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).wib-\(UUID().uuidString)")
                temporaries.append(temporary)
                PendingWrites.shared.add(temporary)
                let artifact = index < artifacts.count ? artifacts[index] : Artifact(relativePath: WrittenFiles.fileName, contents: record.text)
                let hash = try ArtifactWriter.write(artifact, to: temporary, for: destination)
                if index < artifacts.count { record.record(artifact.relativePath, hash: hash) }
            }
            try Flush.files(temporaries, in: directory)
        } catch let diagnostic as Diagnostic {
            undo()
            throw diagnostic
        } catch {
            undo()
            throw .error("cannot write: \(error.localizedDescription); nothing was written", path: directory.path)
        }
        for (index, (temporary, destination)) in zip(temporaries, targets).enumerated() where rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            for leftover in temporaries[index...] { try? FileManager.default.removeItem(at: leftover) }
            throw .error("cannot write: \(reason) (\(index) of \(artifacts.count) files were written before it)", path: destination.path)
        }
        // The renames, and the folders created, last: each folder that changed is synced once.
        let folders = Set(targets.map { $0.deletingLastPathComponent().path } + createdFolders.map { $0.deletingLastPathComponent().path })
        if let failed = Flush.folders(folders.sorted()) {
            throw .error("cannot sync the folder after writing: \(String(cString: strerror(failed.errno))); the files are written but may not survive a power loss",
                         path: failed.path)
        }
        return targets.dropLast().map(\.path)
    }

    /// Writes `artifact`'s text into a new file at `url` (created here, never an existing one),
    /// piece by piece, and returns the hash of its bytes; a failure names `destination`.
    private static func write(_ artifact: Artifact, to url: URL, for destination: URL) throws(Diagnostic) -> String {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw .error("cannot write: \(String(cString: strerror(errno))); nothing was written", path: destination.path)
        }
        var hash = WrittenFiles.ContentHash()
        var failure: Int32?
        artifact.write { piece in
            guard failure == nil else { return }
            var piece = piece
            piece.withUTF8 { bytes in
                hash.add(bytes)
                var offset = 0
                while offset < bytes.count, let base = bytes.baseAddress {
                    let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                    if written < 0, errno == EINTR { continue }
                    guard written > 0 else {
                        failure = written < 0 ? errno : EIO
                        return
                    }
                    offset += written
                }
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw .error("cannot write: \(String(cString: strerror(failure))); nothing was written", path: destination.path) }
        return hash.digest
    }

    /// Where the artifact at `relativePath` goes, after checking that the path stays inside the
    /// folder.
    private func destination(of relativePath: String) throws(Diagnostic) -> URL {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !components.contains(".."), !components.contains(""), !components.contains(".") else {
            throw .error("refusing to write outside the output folder; nothing was written", path: relativePath)
        }
        var url = directory
        for component in components {
            url.appendPathComponent(String(component))
            let kind = FileStatus(path: url.path, followingLinks: false)?.kind
            if component == components.last, let identity = FileIdentity(path: url.path), let input = inputs[identity] {
                throw .error("this input would be replaced by the output \(relativePath); wib never replaces its inputs: write to another folder or file; nothing was written",
                             path: input)
            }
            if kind == .symbolicLink {
                throw .error("is a symbolic link where the output \(relativePath) would go; wib does not write through links; nothing was written", path: url.relativePath)
            }
            if component != components.last, let kind, kind != .directory {
                throw .error("is a file where the output \(relativePath) needs a folder; nothing was written", path: url.relativePath)
            }
            if component == components.last, kind == .directory {
                throw .error("is a folder, so the output \(relativePath) cannot be written there; nothing was written", path: url.relativePath)
            }
        }
        return url
    }

    /// Creates the folders `destination` needs, adding each one it creates to `created`.
    private func createFolders(for destination: URL, recordingIn created: inout [URL]) throws {
        var missing: [URL] = []
        var folder = destination.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path) {
            missing.insert(folder, at: 0)
            let parent = folder.deletingLastPathComponent()
            if parent == folder { break }
            folder = parent
        }
        for folder in missing {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            created.append(folder)
        }
    }
}
