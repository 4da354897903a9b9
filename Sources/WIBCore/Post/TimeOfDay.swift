/// The part of the day a meeting is held in, from the words ("this afternoon") or a clock time
/// (before noon: morning; noon to 6 pm: afternoon; later: evening).
///
/// JSON and front matter write the raw value: `"morning"`, `"afternoon"`, `"evening"`.
public enum TimeOfDay: String, Sendable, Hashable, CaseIterable, Codable {
    /// Before noon.
    case morning
    /// Noon to 6 pm.
    case afternoon
    /// After 6 pm ("tonight").
    case evening

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = TimeOfDay(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "timeOfDay “\(text)” is not morning, afternoon or evening")
        }
        self = value
    }
}
