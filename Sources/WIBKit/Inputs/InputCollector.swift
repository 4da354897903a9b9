import Foundation

/// Expands the paths a user names into input files: files as they are, directories recursively
/// (only files with a post's extension, hidden files skipped, in sorted order), `-` for standard
/// input. A path that does not exist is a diagnostic, not a stop: the other inputs still count.
public struct InputCollector: Sendable {
    /// Extensions of the files read from directories.
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "json", "html", "htm", "xml", "rss", "atom"]

    /// Creates a collector.
    public init() {}

    /// The inputs named by `paths`, and a diagnostic for each path that cannot be read.
    public func collect(_ paths: [String]) -> (inputs: [InputFile], diagnostics: [Diagnostic]) {
        var inputs: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("no such file or directory", path: path))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(InputFile(path: path, outputStem: InputCollector.stem(of: (path as NSString).lastPathComponent)))
                continue
            }
            guard let enumerator = files.enumerator(atPath: path) else {
                diagnostics.append(.error("cannot list this directory", path: path))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                guard InputCollector.extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                var isDir: ObjCBool = false
                let full = (path as NSString).appendingPathComponent(relative)
                if files.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(relative) }
            }
            if found.isEmpty {
                diagnostics.append(.error("the directory holds no posts (files ending in \(InputCollector.extensions.sorted().joined(separator: ", ")))", path: path))
            }
            for relative in found.sorted() {
                inputs.append(InputFile(path: (path as NSString).appendingPathComponent(relative),
                                        outputStem: InputCollector.stem(of: relative)))
            }
        }
        return (inputs, diagnostics)
    }

    /// A path without its extension.
    private static func stem(of path: String) -> String {
        (path as NSString).deletingPathExtension
    }
}
