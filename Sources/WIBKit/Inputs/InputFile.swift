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
}

extension InputFile {
    /// The input's bytes; `standardInput` supplies those of `-`. Files over
    /// ``SourceText/maximumFileBytes`` are refused before reading.
    public func bytes(standardInput: () -> [UInt8]) throws(Diagnostic) -> [UInt8] {
        if self == .standardInput { return standardInput() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= SourceText.maximumFileBytes else {
            throw .error("the file is \(size) bytes long; the most an input may be is \(SourceText.maximumFileBytes) bytes", path: path, line: 1)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read this file (permissions?)", path: path)
        }
        return Array(data)
    }
}
