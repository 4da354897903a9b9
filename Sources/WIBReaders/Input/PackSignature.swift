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
            for line in text.split(separator: "\n", maxSplits: 4096, omittingEmptySubsequences: false).dropFirst() {
                if line == "---" { return false }
                if line.hasPrefix("posts:") { return true }
            }
            return false
        }
        return text.prefix(2048).contains("<meta name=\"generator\" content=\"WIBKit pack\">")
    }

    /// The error for a pack named as an input.
    public static func error(path: String) -> Diagnostic {
        .error("this is a briefing pack, which wib writes but does not read back; read the posts it was made from", path: path, line: 1)
    }
}
