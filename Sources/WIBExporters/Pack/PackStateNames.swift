import WIBAnnotators
import WIBCore

/// The names a pack gives member states: the short form its posts use ("ROK", "UK", "US",
/// "DPRK", "Russia"), never the ISO code.
///
/// Every mention of a state in the pack's posts counts for the words it uses; a mention that
/// introduces an abbreviation, "Republic of Korea (ROK)", counts for the abbreviation, which the
/// posts go on to use. The form used most often wins (on a tie, the shorter, then the first in
/// alphabetical order), so the whole pack names a state one way. A state no post mentions (a
/// requester known only from meeting data) gets its usual short name: a small table for the
/// states whose first name in `MemberStates` is a long official one ("UK" for United Kingdom),
/// else that first name, else the code itself.
struct PackStateNames {
    private let chosen: [String: String]

    /// The names used in `posts`.
    init(posts: [Post]) {
        var counts: [String: [String: Int]] = [:]
        for post in posts {
            for mention in post.entities where mention.entity.kind == .memberState {
                let name = PackStateNames.usedForm(of: mention.text)
                if !name.isEmpty { counts[mention.entity.id, default: [:]][name, default: 0] += 1 }
            }
        }
        chosen = counts.mapValues { forms in
            forms.min { a, b in (-a.value, a.key.count, a.key) < (-b.value, b.key.count, b.key) }!.key
        }
    }

    /// The state's short name, without an article: "UK", "Russia", "ROK".
    func name(of code: String) -> String {
        chosen[code] ?? PackStateNames.usualName(of: code)
    }

    /// The state's name as running text writes it, with "the" where English puts one: "the UK",
    /// "the ROK", "Russia", "the Netherlands".
    func phrase(of code: String) -> String {
        let name = name(of: code)
        return PackStateNames.takesArticle(name) ? "the " + name : name
    }

    /// Several states as running text: "France, Japan, the ROK, the UK and the US".
    func list(_ codes: [String]) -> String {
        let names = codes.map(phrase(of:))
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The state's name in `MemberStates` ("United Kingdom"), or the code when it has none.
    static func fullName(of code: String) -> String {
        MemberStates.all.first { $0.code == code }?.names.first ?? code
    }

    /// The form of a state that a mention's words use: white space folded, and the abbreviation
    /// in parentheses when the mention introduces one.
    static func usedForm(of text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if words.hasSuffix(")"), let open = words.lastIndex(of: "(") {
            let inner = words[words.index(after: open)..<words.index(before: words.endIndex)]
            if !inner.isEmpty { return String(inner) }
        }
        return words
    }

    /// The short names posts use for states whose first name in `MemberStates` is a long one.
    private static let shortNames: [String: String] = [
        "GBR": "UK", "USA": "US", "KOR": "ROK", "PRK": "DPRK", "RUS": "Russia", "COD": "DRC", "ARE": "UAE", "SYR": "Syria",
        "MDA": "Moldova", "TZA": "Tanzania", "LAO": "Laos", "BRN": "Brunei", "FSM": "Micronesia",
    ]

    /// The usual short name of a state no mention names.
    static func usualName(of code: String) -> String {
        shortNames[code] ?? fullName(of: code)
    }

    /// First words of names that English writes after "the".
    private static let articleWords: Set<String> = [
        "Republic", "United", "Democratic", "Central", "Russian", "Syrian", "Islamic", "Netherlands", "Philippines", "Bahamas",
        "Gambia", "Comoros", "Maldives", "Seychelles", "Holy", "Dominican", "Czech", "Kyrgyz", "State", "Lao", "Plurinational",
        "Bolivarian", "Federated",
    ]

    /// Whether a state's name takes "the": abbreviations ("UK", "DPRK"), names of republics,
    /// unions and federations, plural names ("Netherlands", "Solomon Islands").
    static func takesArticle(_ name: String) -> Bool {
        if name.count >= 2, name.allSatisfy({ $0.isUppercase }) { return true }
        let first = name.prefix { $0 != " " }
        return articleWords.contains(String(first)) || name.hasSuffix(" Islands")
    }
}
