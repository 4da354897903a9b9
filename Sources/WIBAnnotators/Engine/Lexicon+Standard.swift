import WIBCore

extension Lexicon {
    /// The entries of ``standard``, from WIBKit's reference data.
    static var standardEntries: [(phrase: String, caseSensitive: Bool, entry: LexiconEntry)] {
        var entries: [(phrase: String, caseSensitive: Bool, entry: LexiconEntry)] = []
        for state in MemberStates.all { for name in state.names { entries.append((name, true, .state(state.code))) } }
        for group in StateGroups.all { for name in group.names { entries.append((name, true, .group(group.id))) } }
        for organisation in Organisations.all { for name in organisation.names { entries.append((name, true, .organisation(organisation.id))) } }
        for head in Titles.heads where !Titles.honorifics.contains(head) { entries.append((head, true, .titleHead)) }
        for modifier in Titles.modifiers { entries.append((modifier, true, .titleModifier)) }
        for honorific in Titles.honorifics { entries.append((honorific, true, .honorific)) }
        for (number, name) in ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].enumerated() {
            entries.append((name, true, .month(number + 1)))
            if name.count > 4 { entries.append((String(name.prefix(3)), true, .month(number + 1))) }
        }
        entries.append(("Sept", true, .month(9)))
        for (number, name) in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].enumerated() { entries.append((name, true, .weekday(number + 1))) }
        for cue in Cues.phrases { entries.append((cue.phrase, false, .cue(cue.cue))) }
        return entries
    }
}
