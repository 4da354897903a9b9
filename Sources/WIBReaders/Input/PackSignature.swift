import WIBCore

/// How wib knows a briefing pack it wrote, which it never reads back as posts: Markdown whose
/// front matter lists the pack's `posts:`, or an HTML page whose `generator` meta element says
/// `WIBKit pack`. A pack named on the command line is an error; one found in a folder is left
/// out (see `InputReading`).
public enum PackSignature {
    /// Whether `source` is a pack wib wrote.
    public static func matches(_ source: SourceText) -> Bool {
        let text = source.text
        if text.hasPrefix("---\n") {
            for line in TextLines(text[...], maxSplits: 4096).dropFirst() {
                if line == "---" { return false }
                if line.hasPrefix("posts:") { return true }
            }
            return false
        }
        // The generator element within the first 2048 characters; they are counted only when it is there.
        guard let generator = text[...].firstRange(ofBytes: "<meta name=\"generator\" content=\"WIBKit pack\">") else { return false }
        return generator.upperBound <= text.prefix(2048).endIndex
    }

    /// The error for a pack named as an input.
    public static func error(path: String) -> Diagnostic {
        .error("this is a briefing pack, which wib writes but does not read back; read the posts it was made from", path: path, line: 1)
    }
}
