import WIBCore

/// The text of one input, checked and split into lines.
///
/// Creating one rejects what no reader could use, each with a diagnostic naming the line: an
/// empty file, NUL bytes (binary data), invalid UTF-8, a line over ``maximumLineBytes``, a file
/// over ``maximumFileBytes``. It drops a UTF-8 byte order mark and reads CRLF and CR line ends
/// as LF.
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
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The lines, without their line ends.
    public var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Checks and decodes `bytes` read from `path`.
    public init(bytes: [UInt8], path: String) throws(Diagnostic) {
        self.path = path
        guard !bytes.isEmpty else { throw .error("the file is empty", path: path, line: 1) }
        guard bytes.count <= SourceText.maximumFileBytes else {
            throw .error("the file is \(bytes.count) bytes long; the most an input may be is \(SourceText.maximumFileBytes) bytes", path: path, line: 1)
        }
        let normalised = try SourceText.normaliseLineEnds(bytes, path: path)
        try SourceText.validateUTF8(normalised, path: path)
        text = String(decoding: normalised, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .error("the file has only white space", path: path, line: 1)
        }
    }

    /// Creates source text from a string (already valid Unicode), with the same checks.
    public init(text: String, path: String) throws(Diagnostic) {
        try self.init(bytes: Array(text.utf8), path: path)
    }

    /// Drops a byte order mark, turns CRLF and lone CR into LF, and checks for NUL bytes and
    /// over-long lines in the same pass.
    private static func normaliseLineEnds(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: bom) ? 3 : 0
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1
        var lineLength = 0
        var index = start
        while index < bytes.count {
            var byte = bytes[index]
            if byte == 0 {
                throw .error("the file contains NUL bytes: it looks like binary data, not a post", path: path, line: line)
            }
            if byte == 13 {  // CR: CRLF or a lone CR both end a line.
                if index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
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
        return out
    }

    /// Throws at the first byte that is not part of valid UTF-8.
    private static func validateUTF8(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 10 { line += 1 }
                offset += encoded.count
            case .emptyInput:
                return
            case .error(let length):
                let byte = bytes[offset]
                let hex = String(byte, radix: 16, uppercase: true)
                throw .error("the file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset), \(length) bad byte\(length == 1 ? "" : "s")); save it as UTF-8", path: path, line: line)
            }
        }
    }
}
