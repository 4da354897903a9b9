import Foundation

/// The characters of table cells that cmark-gfm writes wrongly outside CommonMark, and how they
/// get through.
///
/// The table extension puts a backslash before every `|` in a cell, whatever the format: LaTeX
/// then prints a line break (`\\textbar{}`), man a thin space (`\|`), plain text the backslash.
/// And man tables separate cells with `@`, so an `@` in a cell splits it. Such characters go into
/// the tree as private-use placeholders, which cmark-gfm passes through untouched, and are
/// replaced in the rendered text by what the format needs.
struct TableCellCharacters {
    /// Character, its placeholder, and what the rendered text gets instead.
    private let replacements: [(character: Character, placeholder: Character, literal: String)]

    init(format: RenderFormat) {
        replacements = switch format {
        case .latex: [("|", "\u{F8F0}", "\\textbar{}")]
        case .man: [("|", "\u{F8F0}", "|"), ("@", "\u{F8F1}", "\\[at]")]
        case .plainText: [("|", "\u{F8F0}", "|")]
        case .commonMark, .html, .xml: []
        }
    }

    /// A cell's text with the characters replaced by placeholders (and any placeholder character
    /// the text itself holds dropped, so that it cannot turn into markup).
    func hiding(_ text: String) -> String {
        guard !replacements.isEmpty else { return text }
        return String(text.compactMap { character -> Character? in
            if let replacement = replacements.first(where: { $0.character == character }) { return replacement.placeholder }
            return replacements.contains { $0.placeholder == character } ? nil : character
        })
    }

    /// Rendered text with the placeholders replaced by the format's literals.
    func revealing(_ rendered: String) -> String {
        replacements.reduce(rendered) { $0.replacingOccurrences(of: String($1.placeholder), with: $1.literal) }
    }
}
