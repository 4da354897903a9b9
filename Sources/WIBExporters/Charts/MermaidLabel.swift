/// Text made safe to stand between double quotes in a Mermaid diagram, wherever it comes from.
///
/// Mermaid's quoted strings (in `xychart-beta` and `pie`) end at the next `"` and have no escape,
/// so a `"` becomes `'`. Mermaid turns `#name;` into a character entity before parsing, so `#`
/// becomes `＃` (U+FF03). `%%` starts a comment or a `%%{…}%%` directive, so `%` runs are cut to
/// one. Line breaks and other white space become single spaces; long labels are cut at a word.
enum MermaidLabel {
    /// `text` in double quotes, safe as above, at most `limit` characters inside the quotes.
    static func quoted(_ text: String, limit: Int = 40) -> String {
        var safe = ""
        for character in ChartLabel.shortened(text, limit: limit) {
            switch character {
            case "\"": safe.append("'")
            case "#": safe.append("＃")
            case "%" where safe.last == "%": continue
            default: safe.append(character)
            }
        }
        return "\"\(safe)\""
    }
}
