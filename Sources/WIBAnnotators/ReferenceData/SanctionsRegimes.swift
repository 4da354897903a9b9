/// The Security Council's sanctions regimes, by the resolutions that set them up or shaped them,
/// so that "resolution 2270" can be shown as part of the 1718 DPRK regime.
public enum SanctionsRegimes {
    /// The regime's name by resolution number.
    public static let byResolution: [Int: String] = {
        let regimes: [(name: String, resolutions: [Int])] = [
            ("751 Al-Shabaab sanctions", [751, 1844, 2713]),
            ("1267/1989/2253 ISIL (Da'esh) and Al-Qaida sanctions", [1267, 1989, 2253]),
            ("1518 Iraq sanctions", [1518]),
            ("1533 DRC sanctions", [1533]),
            ("1591 Sudan sanctions", [1591]),
            ("1718 DPRK sanctions", [1718, 1874, 2087, 2094, 2270, 2321, 2356, 2371, 2375, 2397]),
            ("1970 Libya sanctions", [1970, 1973, 2146]),
            ("1988 Taliban sanctions", [1988]),
            ("2048 Guinea-Bissau sanctions", [2048]),
            ("2127 Central African Republic sanctions", [2127]),
            ("2140 Yemen sanctions", [2140, 2216]),
            ("2206 South Sudan sanctions", [2206]),
            ("2653 Haiti sanctions", [2653]),
        ]
        var table: [Int: String] = [:]
        for regime in regimes { for number in regime.resolutions { table[number] = regime.name } }
        return table
    }()
}
