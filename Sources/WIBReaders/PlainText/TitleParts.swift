/// What a post's title says: the clean title, the topic, the meeting kind and whether the post
/// was updated.
///
/// "DPRK (North Korea): Open Briefing" → topic "DPRK (North Korea)", kind "Open Briefing";
/// "Ukraine Briefing" → "Ukraine", "Briefing"; "Haiti: BINUH Mandate Renewal*" → updated;
/// "Insights on Syria" → "Syria", "Insights"; "Arria-formula Meeting on Cyber Threats" →
/// "Cyber Threats", "Arria-formula Meeting"; "Adoption of the Annual Report of the Security
/// Council" → "Annual Report of the Security Council", "Adoption".
struct TitleParts {
    let title: String
    let topic: String?
    let kind: String?
    let updated: Bool

    /// Meeting kinds that end phrase titles, longest first.
    private static let kindSuffixes = [
        "Briefing and Consultations", "Informal Interactive Dialogue", "Arria-formula Meeting",
        "Open Briefing", "Closed Briefing", "Open Debate", "Private Meeting", "Mandate Renewal",
        "Sanctions Renewal", "Consultations", "Briefing", "Debate", "Meeting", "Vote", "Adoption",
    ]
    /// Phrases that start titles and name a kind, with the kind they name.
    private static let kindPrefixes = [("Insights on ", "Insights"), ("Adoption of ", "Adoption"), ("Vote on ", "Vote")]
    /// The kinds that end titles, with what a lower-cased title ends with for each: " briefing".
    private static let loweredSuffixes = kindSuffixes.map { (" " + $0.lowercased(), $0) }
    /// The phrases that start titles, lower-cased, with the kind each names: the prefixes, then
    /// each kind followed by " on " ("open debate on ").
    private static let loweredPrefixes = (kindPrefixes + kindSuffixes.map { ("\($0) on ", $0) }).map { ($0.0.lowercased(), $0.1) }

    init(_ line: String) {
        var title = line.trimmedWhitespace
        var updated = false
        while title.hasSuffix("*") {
            title = String(title.dropLast()).trimmedWhitespace
            updated = true
        }
        var subject = Substring(title)
        if subject.lowercased().hasPrefix("update:") {
            updated = true
            subject = subject.dropFirst("update:".count).drop { $0.isWhitespace }
        }
        self.title = title
        self.updated = updated
        (topic, kind) = TitleParts.split(String(subject))
    }

    private static func split(_ subject: String) -> (topic: String?, kind: String?) {
        if let colon = subject.firstRange(of: ": ") {
            let topic = subject[..<colon.lowerBound].trimmedWhitespace
            let kind = subject[colon.upperBound...].trimmedWhitespace
            return (topic.isEmpty ? nil : topic, kind.isEmpty ? nil : kind)
        }
        let lower = subject.lowercased()
        for (loweredSuffix, suffix) in loweredSuffixes where lower.hasSuffix(loweredSuffix) {
            let topic = subject.dropLast(suffix.count).trimmedWhitespace
            return (topic, String(subject.suffix(suffix.count)))
        }
        for (prefix, kind) in loweredPrefixes where lower.hasPrefix(prefix) {
            var topic = Substring(subject.dropFirst(prefix.count))
            if topic.lowercased().hasPrefix("the ") { topic = topic.dropFirst(4) }
            return (topic.trimmedWhitespace, kind)
        }
        return (nil, nil)
    }
}
