/// One input to read: a file, or standard input.
public struct InputFile: Sendable, Hashable {
    /// The path as shown in diagnostics; `-` for standard input.
    public let path: String
    /// The name its outputs take inside an output folder, without extension: the file's name,
    /// or its path below the directory that was named on the command line.
    public let outputStem: String

    /// Creates an input.
    public init(path: String, outputStem: String) {
        self.path = path
        self.outputStem = outputStem
    }

    /// Standard input.
    public static let standardInput = InputFile(path: "-", outputStem: "stdin")
}
