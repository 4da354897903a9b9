import Foundation

extension StringProtocol {
    /// The text folded for searching: lower case, without diacritics ("Jenča" finds "jenca"),
    /// with straight apostrophes and single spaces.
    var foldedForSearch: String {
        let folded = String(self).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
