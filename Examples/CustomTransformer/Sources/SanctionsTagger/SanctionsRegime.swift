/// A Security Council sanctions regime: the resolution that set it up, and the name posts use
/// for it ("the Yemen sanctions regime", "the 2140 Committee").
public struct SanctionsRegime: Sendable, Hashable {
    /// The number of the resolution that established it, which also names its committee.
    public let resolution: Int
    /// The country or group it concerns, as posts write it.
    public let name: String

    /// The regimes in force, by establishing resolution.
    public static let all: [SanctionsRegime] = [
        SanctionsRegime(resolution: 751, name: "Al-Shabaab"),
        SanctionsRegime(resolution: 1267, name: "ISIL (Da'esh) and Al-Qaida"),
        SanctionsRegime(resolution: 1518, name: "Iraq"),
        SanctionsRegime(resolution: 1533, name: "DRC"),
        SanctionsRegime(resolution: 1591, name: "Sudan"),
        SanctionsRegime(resolution: 1718, name: "DPRK"),
        SanctionsRegime(resolution: 1970, name: "Libya"),
        SanctionsRegime(resolution: 1988, name: "Taliban"),
        SanctionsRegime(resolution: 2048, name: "Guinea-Bissau"),
        SanctionsRegime(resolution: 2127, name: "Central African Republic"),
        SanctionsRegime(resolution: 2140, name: "Yemen"),
        SanctionsRegime(resolution: 2206, name: "South Sudan"),
        SanctionsRegime(resolution: 2653, name: "Haiti"),
    ]

    /// The tag this regime gives a post: "1718 DPRK".
    public var tag: String { "\(resolution) \(name)" }
}
