import Foundation
import WIBExporters

/// Where `wib convert` writes, as its `--output` (`-o`) value says, pandoc's way.
///
/// - no value, or `-`: standard output (one post);
/// - a path ending in `/`, or an existing folder: a folder, one file per post;
/// - a path whose extension names a format (`OutputFormat.fileExtensions`: `.md .markdown
///   .json .html .htm .tex .latex .man .1`…`.9 .txt .text`, any case): that one file, in the
///   format the extension names unless `--to` says otherwise;
/// - a path whose extension is a document format wib does not write (`.pdf`, `.docx`, …), or
///   any other extension of letters only (`.rst`, `.org`, `.csv`) that does not exist yet: an
///   error, before any work (a folder of that name is written `NAME/`);
/// - any other path (`out`, `posts.v2`): a folder.
public enum OutputTarget: Sendable, Hashable {
    /// Standard output.
    case standardOutput
    /// One file, and the format its extension names.
    case file(path: String, format: OutputFormat)
    /// A folder of one file per post.
    case folder(path: String)

    /// Extensions of document formats that wib does not write, which `-o` refuses rather than
    /// make a folder of that name.
    public static let unwritableExtensions: Set<String> = ["pdf", "docx", "doc", "odt", "rtf", "epub", "xml"]

    /// The target `output` names. Throws a usage message for an extension wib does not write.
    public init(_ output: String?) throws(OutputTargetError) {
        guard let output, output != "-" else {
            self = .standardOutput
            return
        }
        var isFolder: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue) {
            self = .folder(path: output)
            return
        }
        let fileExtension = (output as NSString).pathExtension.lowercased()
        if let format = OutputFormat(fileExtension: fileExtension) {
            self = .file(path: output, format: format)
        } else if OutputTarget.unwritableExtensions.contains(fileExtension)
                    || (!fileExtension.isEmpty && fileExtension.allSatisfy(\.isLetter) && !FileManager.default.fileExists(atPath: output)) {
            throw OutputTargetError(message: "-o \(output): wib does not write .\(fileExtension) files; it writes \(OutputTarget.writableExtensions)" +
                                    (fileExtension == "pdf" ? " (for a PDF, write -o FILE.tex and run pdflatex on it)" : "; for a folder of that name, write \(output)/"))
        } else {
            self = .folder(path: output)
        }
    }

    /// ".md, .markdown, .json, …, .txt, .text", for messages.
    public static var writableExtensions: String {
        OutputFormat.allCases.flatMap { format in
            format == .man ? [".man", ".1…9"] : format.fileExtensions.map { ".\($0)" }
        }.joined(separator: ", ")
    }
}

/// Why an `--output` value cannot be used; the command line shows it as a usage error.
public struct OutputTargetError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what to write instead.
    public let message: String

    /// The message.
    public var description: String { message }
}
