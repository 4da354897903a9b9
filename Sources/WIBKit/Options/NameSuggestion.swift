/// The name a user probably meant, for "did you mean" in errors: the closest of the accepted
/// names by edit distance (insertions, deletions, substitutions and swaps of two neighbouring
/// letters), with case, `-` and `_` ignored, so that `contry`, `Country` and `country-role` find
/// `country` and `countryRole`.
///
/// A name is suggested only when it is close: at most one edit for names of up to five letters,
/// two up to eight, three beyond; on a tie, the first accepted name wins.
struct NameSuggestion {
    /// The suggested name, or `nil` when none is close enough.
    let name: String?

    /// The suggestion for `given` among `names`.
    init(for given: String, among names: [String]) {
        let wanted = NameSuggestion.fold(given)
        var best: (name: String, distance: Int)?
        for name in names {
            let candidate = NameSuggestion.fold(name)
            let distance = NameSuggestion.distance(wanted, candidate)
            guard distance <= min(3, max(1, max(wanted.count, candidate.count) / 3)) else { continue }
            if distance < best?.distance ?? .max { best = (name, distance) }
        }
        self.name = best?.name
    }

    /// ` (did you mean 'country'?)`, or nothing.
    var clause: String {
        name.map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// `text` in lower case, without `-` and `_`, as characters.
    private static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().filter { $0 != "-" && $0 != "_" })
    }

    /// The optimal string alignment distance between `a` and `b`.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous) = (previous, current)
        }
        return previous[b.count]
    }
}
