/// Groups of states that posts name: they are recognised as groups, never as states.
public enum StateGroups {
    /// The group's id and the names that mention it, longest first where they overlap.
    public static let all: [(id: String, names: [String])] = [
        ("A3+", ["A3 plus", "A3+"]), ("A3", ["A3"]), ("E10", ["E10", "elected ten"]), ("P5", ["P5", "permanent five"]),
        ("P3", ["P3"]), ("EU", ["European Union", "EU"]), ("AU", ["African Union", "AU"]), ("NATO", ["NATO"]), ("BRICS", ["BRICS"]),
        ("G7", ["G7"]), ("G20", ["G20"]), ("ASEAN", ["ASEAN"]), ("ECOWAS", ["ECOWAS"]), ("IGAD", ["Intergovernmental Authority on Development", "IGAD"]),
        ("LAS", ["League of Arab States", "Arab League"]), ("OIC", ["Organisation of Islamic Cooperation", "OIC"]),
        ("GCC", ["Gulf Cooperation Council", "GCC"]), ("NAM", ["Non-Aligned Movement"]), ("OSCE", ["OSCE"]),
    ]

    /// The groups that are organisations too, with a secretariat or commission that speaks for
    /// them: "a representative of ECOWAS" briefs as an organisation.
    public static let organisations: Set<String> = ["EU", "AU", "NATO", "ASEAN", "ECOWAS", "IGAD", "LAS", "OIC", "GCC", "OSCE"]
}
