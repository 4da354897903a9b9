import WIBCore

/// Reads any input WIBKit understands: recognises its kind and hands it to the reader for it.
public struct PostReader: Sendable {
    /// The readers, by the kind they read.
    public let readers: [InputKind: any Reader]

    /// Creates a post reader with the given readers (by default every built-in one).
    public init(readers: [any Reader] = [PlainTextReader(), JSONPostReader(), MarkdownPostReader(), HTMLPageReader(), FeedReader()]) {
        var byKind: [InputKind: any Reader] = [:]
        for reader in readers { byKind[type(of: reader).kind] = reader }
        self.readers = byKind
    }

    /// Reads the posts in `bytes`, read from `path`.
    public func read(bytes: [UInt8], path: String) throws(Diagnostic) -> [Post] {
        try read(try SourceText(bytes: bytes, path: path))
    }

    /// Reads the posts in `source`; a briefing pack wib wrote (``PackSignature``) is an error.
    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        if PackSignature.matches(source) { throw PackSignature.error(path: source.path) }
        let kind = InputKind.detect(source)
        guard let reader = readers[kind] else {
            let known = readers.keys.map(\.rawValue).sorted().joined(separator: ", ")
            throw .error("this looks like \(kind == .html ? "an" : "a") \(kind.rawValue), which this version of wib does not read yet (it reads: \(known))", path: source.path, line: 1)
        }
        return try reader.read(source)
    }
}
