/// An encoding that inputs which are not UTF-8 can be read in: `wib … --encoding NAME`, or
/// `encoding: NAME` in a pipeline file.
///
/// It is a fallback, never an override: a file that starts with a byte order mark is read as its
/// mark says, and a file that is valid UTF-8 is read as UTF-8, whatever the encoding named. So a
/// folder that mixes UTF-8 posts with one saved by an old Windows editor reads right with
/// `--encoding windows-1252`, and no UTF-8 file is garbled by it.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 only (the default): an input that is not UTF-8 is an error naming its likely encoding.
    case utf8 = "utf-8"
    /// UTF-16 without a byte order mark; its byte order from where the NUL bytes of its ASCII
    /// letters fall, little-endian (Windows') when they say nothing.
    case utf16 = "utf-16"
    /// UTF-16, little-endian, without a byte order mark.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, big-endian, without a byte order mark.
    case utf16BigEndian = "utf-16be"
    /// Windows' Western European code page ("ANSI"): latin-1 with curly quotes, dashes, `…`
    /// and `€` in the bytes 0x80–0x9F.
    case windows1252 = "windows-1252"
    /// ISO 8859-1: each byte is the Unicode character of the same number.
    case latin1 = "latin-1"

    /// The encoding named `name`, in any case: the names above, or `utf8`, `utf16`, `cp1252`,
    /// `windows1252`, `iso-8859-1`, `latin1`; `nil` for any other name.
    public init?(name: String) {
        let folded = name.lowercased().replacingOccurrences(of: "_", with: "-")
        let aliases: [String: TextEncoding] = [
            "utf8": .utf8, "utf16": .utf16, "utf16le": .utf16LittleEndian, "utf16be": .utf16BigEndian,
            "cp1252": .windows1252, "windows1252": .windows1252, "cp-1252": .windows1252,
            "latin1": .latin1, "iso-8859-1": .latin1, "iso8859-1": .latin1, "l1": .latin1,
        ]
        guard let encoding = TextEncoding(rawValue: folded) ?? aliases[folded] else { return nil }
        self = encoding
    }

    /// Whether it is one of the UTF-16 encodings.
    var isUTF16: Bool { [.utf16, .utf16LittleEndian, .utf16BigEndian].contains(self) }
}
