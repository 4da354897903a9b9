import Foundation
import WIBCore

/// A person's name as an index lists it: by surname, the surname first.
///
/// The surname is the one the posts themselves use when they mention the person again: "Putin"
/// for Vladimir Putin, "Yoon" for Yoon Suk Yeol (a family name written first, so the name stays
/// as it is). Without such a mention: the first word when the last is a Korean-style given name
/// ("Kim Jong-un": a hyphen then a lower-case letter), else the last word with the particles
/// before it ("van der Berg", "Ould Cheikh Ahmed" from "Ould"), else the last word.
struct PackPersonName {
    /// The full name, as the posts first give it: "Izumi Nakamitsu".
    let name: String
    /// The surname: "Nakamitsu", "Yoon", "van der Berg".
    let surname: String
    /// Whether the surname comes first in the name.
    let surnameFirst: Bool

    /// Particles that start a surname: "van der Berg", "bin Osman", "Ould Cheikh Ahmed".
    private static let particles: Set<String> = ["bin", "binti", "bint", "ibn", "ben", "al", "el", "van", "der", "den", "de", "da", "di",
                                                 "do", "dos", "das", "du", "von", "la", "le", "ould", "abu", "ter", "te", "zu", "af", "del", "della"]

    /// The name `name`, whose other mentions in the posts read `mentions` ("Nakamitsu", "Jenca").
    init(_ name: String, mentions: [String]) {
        self.name = name
        let words = name.split(separator: " ").map(String.init)
        let folded = words.map(\.folded)
        // A shorter mention that is the name's first or last words is its surname.
        let short = mentions.map { $0.split(whereSeparator: \.isWhitespace).map { String($0).folded } }
            .filter { !$0.isEmpty && $0.count < words.count }
            .sorted { ($0.count, $0.joined(separator: " ")) < ($1.count, $1.joined(separator: " ")) }
        if let tail = short.first(where: { folded.suffix($0.count).elementsEqual($0) }) {
            surname = words.suffix(tail.count).joined(separator: " ")
            surnameFirst = false
        } else if let head = short.first(where: { folded.prefix($0.count).elementsEqual($0) }) {
            surname = words.prefix(head.count).joined(separator: " ")
            surnameFirst = true
        } else if words.count > 1, let last = words.last, let hyphen = last.firstIndex(of: "-"),
                  last[last.index(after: hyphen)...].first?.isLowercase == true {
            surname = words[0]
            surnameFirst = true
        } else {
            let start = words.indices.dropFirst().first { PackPersonName.particles.contains(words[$0].lowercased()) } ?? max(words.count - 1, 0)
            surname = words[start...].joined(separator: " ")
            surnameFirst = start == 0
        }
    }

    /// How the index shows the name: "Nakamitsu, Izumi"; a name whose surname comes first as it
    /// is: "Yoon Suk Yeol".
    var indexed: String {
        guard !surnameFirst, surname != name else { return name }
        return "\(surname), \(name.dropLast(surname.count).trimmingCharacters(in: .whitespaces))"
    }

    /// The key the index sorts by: the surname without its particles ("Berg" for "van der
    /// Berg", "Hashimi" for "al-Hashimi"), folded, then the whole name.
    var sortKey: String {
        var words = surname.split(separator: " ").map { String($0).folded }
        while words.count > 1, PackPersonName.particles.contains(words[0]) { words.removeFirst() }
        var key = words.joined(separator: " ")
        for prefix in ["al-", "el-"] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
        return key + "\u{1}" + name.folded
    }
}
