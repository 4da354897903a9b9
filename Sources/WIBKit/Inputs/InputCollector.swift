import Foundation

/// Expands the paths a user names into input files: files as they are, folders recursively
/// (only files with a post's extension, in sorted order), `-` for standard input. A path that
/// does not exist is a diagnostic, not a stop: the other inputs still count.
///
/// A folder walk leaves out what is not the user's posts:
/// - hidden files and folders (`.git`, `.wib-written`);
/// - a browser's `NAME_files/` folder beside a saved `NAME.html` or `NAME.htm` ("Web page,
///   complete" keeps the page's images, scripts and frames there);
/// - whatever an ``excluding`` pattern matches (a matching folder with everything in it);
/// - the run's own ``outputFolder`` when it lies inside the folder walked;
/// - files wib wrote, as the ``WrittenFiles`` record of their output folder lists them, still
///   unchanged, wherever they are: beside the user's posts, or in an output folder inside the
///   folder walked. A folder that holds nothing but wib's outputs, named by the user (and not the
///   run's own output folder), is read: the user asked for them.
public struct InputCollector: Sendable {
    /// Extensions of the files read from directories.
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "json", "html", "htm", "xml", "rss", "atom"]

    /// Patterns of files and folders to leave out of folder walks.
    public var excluding: [GlobPattern]
    /// The folder the run writes into, if any.
    public var outputFolder: String?

    /// Creates a collector that leaves out what `excluding` matches, and the run's `outputFolder`.
    public init(excluding: [GlobPattern] = [], outputFolder: String? = nil) {
        self.excluding = excluding
        self.outputFolder = outputFolder
    }

    /// The inputs named by `paths`, and a diagnostic for each path that cannot be read (and a
    /// warning for each pattern that left nothing out, which is most often a pattern mistyped).
    public func collect(_ paths: [String]) -> (inputs: [InputFile], diagnostics: [Diagnostic]) {
        var inputs: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        var matched = Set<GlobPattern>()
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("no such file or directory", path: path))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(InputFile(path: path, outputStem: InputCollector.stem(of: (path as NSString).lastPathComponent)))
                continue
            }
            do throws(Diagnostic) {
                let found = try walk(path, matched: &matched)
                if found.isEmpty {
                    diagnostics.append(.error("the directory holds no posts (files ending in \(InputCollector.extensions.sorted().joined(separator: ", ")))", path: path))
                }
                inputs += found.map { InputFile(path: (path as NSString).appendingPathComponent($0), outputStem: InputCollector.stem(of: $0), foundInFolder: true) }
            } catch {
                diagnostics.append(error)
            }
        }
        if paths.contains(where: { $0 != "-" }) {
            for pattern in excluding where !matched.contains(pattern) {
                diagnostics.append(.warning("the exclude pattern '\(pattern)' left nothing out: it is matched against names, or (with a /) against paths below each folder named, such as '2019/*'", path: nil))
            }
        }
        return (inputs, diagnostics)
    }

    /// The relative paths of the posts in `folder`, sorted.
    private func walk(_ folder: String, matched: inout Set<GlobPattern>) throws(Diagnostic) -> [String] {
        let files = FileManager.default
        guard let enumerator = files.enumerator(atPath: folder) else { throw .error("cannot list this directory", path: folder) }
        let root = CanonicalPath(folder)
        let output = outputFolder.map(CanonicalPath.init)
        // The records of wib's outputs, by the folder (relative) they describe.
        var records: [(folder: String, written: WrittenFiles)] = [("", WrittenFiles(in: URL(fileURLWithPath: folder)))]
        var found: [String] = []
        var wibsHere: [String] = []  // wib's files that only the named folder's own record lists
        var holdsUsersFiles = false  // whether any file (left out or not) is not wib's
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = (folder as NSString).appendingPathComponent(relative)
            let isFolder = FileStatus(path: full, followingLinks: false)?.kind == .directory
            if isFolder {
                if name.hasPrefix(".") || isExcluded(relative, matched: &matched) || InputCollector.isBrowserSaveFolder(full)
                    || (output != nil && CanonicalPath(full) == output) {
                    enumerator.skipDescendants()
                } else if files.fileExists(atPath: (full as NSString).appendingPathComponent(WrittenFiles.fileName)) {
                    records.append((relative + "/", WrittenFiles(in: URL(fileURLWithPath: full))))
                }
                continue
            }
            guard !name.hasPrefix("."), InputCollector.extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let wroteIt = records.filter { record in
                relative.hasPrefix(record.folder)
                    && record.written.isUnchanged(String(relative.dropFirst(record.folder.count)),
                                                  in: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(record.folder)))
            }
            if wroteIt.isEmpty { holdsUsersFiles = true }
            guard !isExcluded(relative, matched: &matched) else { continue }
            if wroteIt.isEmpty {
                found.append(relative)
            } else if wroteIt.allSatisfy({ $0.folder.isEmpty }) {
                wibsHere.append(relative)
            }
        }
        // A folder of wib's outputs and nothing else, named by the user and not written to by
        // this run, is read: they asked for those files.
        if !holdsUsersFiles, output != root { found = wibsHere }
        return found.sorted()
    }

    /// Whether a pattern leaves out the file or folder at `relative`; the patterns that do join
    /// `matched`.
    private func isExcluded(_ relative: String, matched: inout Set<GlobPattern>) -> Bool {
        let hits = excluding.filter { $0.matches(relativePath: relative) }
        matched.formUnion(hits)
        return !hits.isEmpty
    }

    /// Whether `folder` is a browser's `NAME_files` folder beside a saved `NAME.html` or `NAME.htm`.
    private static func isBrowserSaveFolder(_ folder: String) -> Bool {
        guard folder.hasSuffix("_files") else { return false }
        let page = String(folder.dropLast("_files".count))
        return ["html", "htm", "HTML", "HTM"].contains { FileManager.default.fileExists(atPath: "\(page).\($0)") }
    }

    /// A path without its extension.
    private static func stem(of path: String) -> String {
        (path as NSString).deletingPathExtension
    }
}
