/// A file that a run produces, kept until the run writes every artifact at once.
///
/// Its text is held whole (``init(relativePath:contents:)``) or made when the file is written,
/// piece by piece (``init(relativePath:pieces:)``): a briefing pack of thousands of posts is
/// rendered straight into its file, a part at a time, and never held whole.
public struct Artifact: Sendable, Hashable {
    /// The path relative to the output folder (`dprk.md`, `2024/dprk.json`).
    public let relativePath: String
    private let text: Text

    private enum Text: Sendable {
        case whole(String)
        case pieces(@Sendable (_ write: (String) -> Void) -> Void)
    }

    /// Creates an artifact holding `contents`.
    public init(relativePath: String, contents: String) {
        self.relativePath = relativePath
        self.text = .whole(contents)
    }

    /// Creates an artifact whose text `pieces` makes when it is written: it hands the text to
    /// `write` in pieces, in order, the same pieces each time it is called.
    public init(relativePath: String, pieces: @escaping @Sendable (_ write: (String) -> Void) -> Void) {
        self.relativePath = relativePath
        self.text = .pieces(pieces)
    }

    /// The file's contents, whole (for a piecewise artifact, made now).
    public var contents: String {
        switch text {
        case .whole(let contents): return contents
        case .pieces(let pieces):
            var contents = ""
            pieces { contents += $0 }
            return contents
        }
    }

    /// Hands the contents to `write`: whole, or piece by piece as they are made.
    public func write(to write: (String) -> Void) {
        switch text {
        case .whole(let contents): write(contents)
        case .pieces(let pieces): pieces(write)
        }
    }

    /// Artifacts are equal when their paths and contents are.
    public static func == (a: Artifact, b: Artifact) -> Bool {
        a.relativePath == b.relativePath && a.contents == b.contents
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(relativePath)
        hasher.combine(contents)
    }
}
