/// A line that starts with a bullet and a space ("  • Print", "• Izumi Nakamitsu", "- Izumi
/// Nakamitsu": a list typed by hand or copied through a Markdown-minded editor).
struct BulletLine {
    /// The bullets that copied lists use.
    static let bullets: Set<Character> = ["•", "◦", "▪", "●", "‣", "∙", "-", "*"]

    /// The item's text, after the bullet and its spaces.
    let text: String

    /// Recognises `line` as a bullet line, or returns `nil`.
    init?(_ line: String) {
        let rest = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        guard let bullet = rest.first, BulletLine.bullets.contains(bullet) else { return nil }
        let afterBullet = rest.dropFirst()
        guard afterBullet.first?.isWhitespace ?? !"-*".contains(bullet) else { return nil }
        text = afterBullet.trimmedWhitespace
    }
}
