import WIBCore

/// The text of one input, checked and split into lines.
///
/// Creating one decodes the bytes (UTF-8; UTF-16 with a byte order mark, or with its NUL bytes
/// in every other byte; another encoding only when named: see ``InputDecoding``) and rejects
/// what no reader could use, each with a diagnostic naming the line: an empty file, NUL bytes
/// (binary data), text in an encoding not named (the error names the likely one), a line over
/// ``maximumLineBytes``, a file over ``maximumFileBytes``. It drops the byte order mark and reads
/// CRLF and CR line ends as LF.
public struct SourceText: Sendable, Hashable {
    /// The longest line accepted, in bytes (1 MiB; a real post's longest paragraph is a few KB).
    public static let maximumLineBytes = 1 << 20
    /// The largest input accepted, in bytes (64 MiB: a feed of thousands of posts fits).
    public static let maximumFileBytes = 64 << 20

    /// The path shown in diagnostics (`-` for standard input).
    public let path: String
    /// The text, with line ends normalised to LF and no byte order mark.
    public let text: String
    /// The file name's extension, lower-cased, without the dot (`"txt"`); empty when none.
    public var pathExtension: String {
        let name = path.utf8.split(separator: UInt8(ascii: "/")).last.map { Substring($0) } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// The lines, without their line ends.
    public var lines: [String] {
        TextLines(text[...]).map(String.init)
    }

    /// Checks and decodes `bytes` read from `path`; `encoding` reads a file that is neither
    /// UTF-8 nor marked as UTF-16 (see ``TextEncoding``).
    public init(bytes: [UInt8], path: String, encoding: TextEncoding = .utf8) throws(Diagnostic) {
        self.path = path
        guard !bytes.isEmpty else { throw .error("the file is empty", path: path, line: 1) }
        guard bytes.count <= SourceText.maximumFileBytes else {
            throw .error("the file is \(bytes.count) bytes long; the most an input may be is \(SourceText.maximumFileBytes) bytes", path: path, line: 1)
        }
        let normalised = try SourceText.normaliseLineEnds(try InputDecoding.utf8(bytes, path: path, fallback: encoding), path: path)
        text = String(decoding: normalised, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .error("the file has only white space", path: path, line: 1)
        }
    }

    /// Creates source text from a string (already valid Unicode), with the same checks.
    public init(text: String, path: String) throws(Diagnostic) {
        try self.init(bytes: Array(text.utf8), path: path)
    }

    /// Turns CRLF and lone CR into LF, and checks for NUL bytes and over-long lines in the same
    /// pass; bytes that need neither (as most files) are returned as they are.
    private static func normaliseLineEnds(_ bytes: ArraySlice<UInt8>, path: String) throws(Diagnostic) -> ArraySlice<UInt8> {
        if isNormal(bytes) { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1
        var lineLength = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            var byte = bytes[index]
            if byte == 0 {
                throw .error("the file contains NUL bytes: it looks like binary data, not a post", path: path, line: line)
            }
            if byte == 13 {  // CR: CRLF or a lone CR both end a line.
                if index + 1 < bytes.endIndex, bytes[index + 1] == 10 { index += 1 }
                byte = 10
            }
            if byte == 10 {
                line += 1
                lineLength = 0
            } else {
                lineLength += 1
                if lineLength > maximumLineBytes {
                    throw .error("line \(line) is longer than \(maximumLineBytes) bytes; no post has such a line", path: path, line: line)
                }
            }
            out.append(byte)
            index += 1
        }
        return out[...]
    }

    /// Whether `bytes` have LF line ends only, no NUL byte and no line over ``maximumLineBytes``:
    /// what ``normaliseLineEnds(_:path:)`` leaves as it is.
    private static func isNormal(_ bytes: ArraySlice<UInt8>) -> Bool {
        var lineLength = 0
        for byte in bytes {
            if byte == 10 {
                lineLength = 0
            } else if byte == 0 || byte == 13 {
                return false
            } else {
                lineLength += 1
                if lineLength > maximumLineBytes { return false }
            }
        }
        return true
    }
}
