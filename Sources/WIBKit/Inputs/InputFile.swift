import Foundation
import WIBCore
import WIBReaders

/// One input to read: a file, or standard input.
public struct InputFile: Sendable, Hashable {
    /// The path as shown in diagnostics; `-` for standard input.
    public let path: String
    /// The name its outputs take inside an output folder, without extension: the file's name,
    /// or its path below the directory that was named on the command line.
    public let outputStem: String
    /// Whether it was found by walking a folder, rather than named by the user.
    public let foundInFolder: Bool

    /// Creates an input.
    public init(path: String, outputStem: String, foundInFolder: Bool = false) {
        self.path = path
        self.outputStem = outputStem
        self.foundInFolder = foundInFolder
    }

    /// Standard input.
    public static let standardInput = InputFile(path: "-", outputStem: "stdin")

    /// The output names (without extension) of the posts read from this input: ``outputStem``
    /// when it holds one post; when it holds several (a feed, a corpus), each post's name inside
    /// a folder named after the input: the last part of its address without extension
    /// (`whatsinblue-feed/sudan-open-briefing-12`), else its number in the input. A name taken
    /// twice gets the post's number after it.
    public func outputStems(for posts: [Post]) -> [String] {
        guard posts.count > 1 else { return [outputStem] }
        var used = Set<String>()
        return posts.enumerated().map { index, post in
            var name = post.metadata.url.flatMap(InputFile.slug(of:)) ?? "\(index + 1)"
            if !used.insert(name).inserted {
                name += "-\(index + 1)"
                used.insert(name)
            }
            return "\(outputStem)/\(name)"
        }
    }

    /// The last part of `address`'s path without its extension, as a file name (characters
    /// other than letters, digits, `-`, `_` and `.` become `-`); `nil` when there is none.
    static func slug(of address: String) -> String? {
        guard let path = URLComponents(string: address.trimmingCharacters(in: .whitespaces))?.path else { return nil }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let slug = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
        return slug.isEmpty || slug.allSatisfy({ "-.".contains($0) }) ? nil : slug
    }
}

extension InputFile {
    /// The input's bytes; `standardInput` supplies those of `-`. Files over
    /// `SourceText.maximumFileBytes` are refused before reading.
    public func bytes(standardInput: () -> [UInt8]) throws(Diagnostic) -> [UInt8] {
        if self == .standardInput { return standardInput() }
        let size = FileStatus(path: path)?.size ?? 0
        guard size <= SourceText.maximumFileBytes else {
            throw .error("the file is \(size) bytes long; the most an input may be is \(SourceText.maximumFileBytes) bytes", path: path, line: 1)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read this file (permissions?)", path: path)
        }
        return Array(data)
    }
}
