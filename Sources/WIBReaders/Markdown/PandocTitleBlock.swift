/// A pandoc title block at the top of a Markdown file: up to three lines starting with `%`, the
/// title, the authors and the date; a field may be empty (`%`), and a line that starts with a
/// space continues the field above it.
///
/// ```text
/// % Sudan: Open Briefing
/// % Ada Lindqvist
/// % 12 March 2025
/// ```
struct PandocTitleBlock {
    /// A field's text (continuation lines joined with a space), and its first line (1-based).
    struct Field {
        var text: String
        let line: Int
    }

    /// The title, when given.
    private(set) var title: Field?
    /// The date, as written, when given.
    private(set) var date: Field?
    /// Index (0-based) of the first line after the block.
    let end: Int

    /// Reads the block at the top of `lines`; `nil` when the first line does not start with `%`.
    init?(_ lines: [String]) {
        guard lines.first?.hasPrefix("%") == true else { return nil }
        var fields: [Field] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("%") {
                fields.append(Field(text: line.dropFirst().trimmedWhitespace, line: index + 1))
            } else if let first = line.first, first == " " || first == "\t", !line.isBlankLine, !fields.isEmpty {
                let continued = fields[fields.count - 1].text
                fields[fields.count - 1].text = (continued.isEmpty ? "" : continued + " ") + line.trimmedWhitespace
            } else {
                break
            }
            index += 1
        }
        end = index
        title = fields.first.flatMap { $0.text.isEmpty ? nil : $0 }
        date = fields.count > 2 && !fields[2].text.isEmpty ? fields[2] : nil
    }
}
