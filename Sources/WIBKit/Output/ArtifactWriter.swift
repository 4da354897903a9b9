import Foundation

/// Writes artifacts into an output folder, each atomically: the contents go to a temporary file
/// in the same folder, which is then renamed over the destination. A reader of the folder never
/// sees a half-written file, and a failure leaves the old file as it was.
///
/// Paths must stay inside the folder: an absolute path or a `..` component is refused.
public struct ArtifactWriter: Sendable {
    /// The output folder.
    public let directory: URL

    /// Creates a writer into `directory` (created when missing).
    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes one artifact and returns the path written; throws a diagnostic naming that path.
    @discardableResult
    public func write(_ artifact: Artifact) throws(Diagnostic) -> String {
        let components = artifact.relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !artifact.relativePath.hasPrefix("/"), !components.contains(".."), !components.contains(""),
              !components.isEmpty else {
            throw .error("refusing to write outside the output folder", path: artifact.relativePath)
        }
        let destination = components.reduce(directory) { $0.appendingPathComponent(String($1)) }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).wib-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(artifact.contents.utf8).write(to: temporary)
            if rename(temporary.path, destination.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw Diagnostic.error("cannot write: \(reason)", path: destination.path)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .error("cannot write: \(error.localizedDescription)", path: destination.path)
        }
        return destination.path
    }
}
