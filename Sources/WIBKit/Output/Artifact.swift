/// A file that a run produces, held in memory until the run writes every artifact at once.
public struct Artifact: Sendable, Hashable {
    /// The path relative to the output folder (`dprk.md`, `2024/dprk.json`).
    public let relativePath: String
    /// The file's contents.
    public let contents: String

    /// Creates an artifact.
    public init(relativePath: String, contents: String) {
        self.relativePath = relativePath
        self.contents = contents
    }
}
