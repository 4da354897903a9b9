import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates the folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wibkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` at `relative`, making folders as needed, and returns its path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Every file below the folder, relative and sorted, but for wib's records of what it wrote
    /// (`.wib-written`, which the tests of those records read by name).
    public func files() -> [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? [])
            .filter { ($0 as NSString).lastPathComponent != ".wib-written" }
            .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path, isDirectory: &d) && !d.boolValue }
            .sorted()
    }
}
