/// What an annotated span refers to.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A Security Council resolution; id `S/RES/1718(2006)`.
    case resolution
    /// A UN document symbol; id `S/2024/255`.
    case document
    /// A UN member state or observer; id is ISO 3166-1 alpha-3 (`PRK`).
    case memberState
    /// A group of states (A3, E10, P5, EU); id is the group's short name.
    case group
    /// An organisation (a UN body, an NGO).
    case organisation
    /// A person, often with a title.
    case person
    /// A date resolved against the posted date; id is ISO 8601.
    case date
    /// A vote or outcome (veto, abstention, adoption).
    case vote
    /// A reference to another What's In Blue story or SCR publication.
    case crossReference
    /// A number worth indexing.
    case number
}
