import WIBCore

/// Reads any input WIBKit understands: decodes it, recognises its kind (or takes the kind
/// given) and hands it to the reader for it.
public struct PostReader: Sendable {
    /// The readers, by the kind they read.
    public let readers: [InputKind: any Reader]
    /// The kind every input is read as (`--from`); `nil` to recognise each one's
    /// (``InputKind/detect(_:)``).
    public var kind: InputKind?
    /// The encoding of inputs that are neither UTF-8 nor marked as UTF-16 (`--encoding`; see
    /// ``TextEncoding``).
    public var encoding: TextEncoding

    /// Creates a post reader with the given readers (by default every built-in one), reading
    /// every input as `kind` when given, and inputs that are not UTF-8 in `encoding`.
    public init(readers: [any Reader] = [PlainTextReader(), JSONPostReader(), MarkdownPostReader(), HTMLPageReader(), FeedReader()],
                kind: InputKind? = nil, encoding: TextEncoding = .utf8) {
        var byKind: [InputKind: any Reader] = [:]
        for reader in readers { byKind[type(of: reader).kind] = reader }
        self.readers = byKind
        self.kind = kind
        self.encoding = encoding
    }

    /// Reads the posts in `bytes`, read from `path`.
    public func read(bytes: [UInt8], path: String) throws(Diagnostic) -> [Post] {
        try read(try SourceText(bytes: bytes, path: path, encoding: encoding))
    }

    /// Reads the posts in `source`; a briefing pack wib wrote (``PackSignature``) is an error.
    public func read(_ source: SourceText) throws(Diagnostic) -> [Post] {
        if PackSignature.matches(source) { throw PackSignature.error(path: source.path) }
        let kind = kind ?? InputKind.detect(source)
        guard let reader = readers[kind] else {
            let known = readers.keys.map(\.name).sorted().joined(separator: ", ")
            throw .error("\(self.kind == nil ? "this looks like" : "it is to be read as") \(kind == .html ? "an" : "a") \(kind.rawValue), which this version of wib does not read yet (it reads: \(known))", path: source.path, line: 1)
        }
        return try reader.read(source)
    }
}
