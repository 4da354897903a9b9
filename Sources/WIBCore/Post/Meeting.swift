/// The Council meeting a post is about.
///
/// Every field is `nil` or empty where the post does not say; JSON shows those as `null` and `[]`.
public struct Meeting: Sendable, Hashable, Codable {
    /// The meeting's date, resolved against the posted date.
    public var date: CalendarDate?
    /// The part of the day it is held in; JSON writes `"morning"`, `"afternoon"` or `"evening"`.
    public var timeOfDay: TimeOfDay?
    /// The lower-case phrase the post uses: `open briefing`, `briefing`, `consultations`,
    /// `open debate`, `vote`, `adoption`, `private meeting`, `Arria-formula meeting`, …
    public var format: String?
    /// The agenda item, as quoted in the post ("Non-proliferation/DPRK").
    public var agendaItem: String?
    /// The states that requested the meeting, as ISO 3166-1 alpha-3 codes.
    public var requestedBy: [String]
    /// Who is expected to brief.
    public var briefers: [Briefer]
    /// States invited under rule 37, as ISO 3166-1 alpha-3 codes.
    public var rule37: [String]

    /// Creates a meeting.
    public init(date: CalendarDate? = nil, timeOfDay: TimeOfDay? = nil, format: String? = nil,
                agendaItem: String? = nil, requestedBy: [String] = [], briefers: [Briefer] = [],
                rule37: [String] = []) {
        self.date = date
        self.timeOfDay = timeOfDay
        self.format = format
        self.agendaItem = agendaItem
        self.requestedBy = requestedBy
        self.briefers = briefers
        self.rule37 = rule37
    }

    private enum CodingKeys: String, CodingKey { case date, timeOfDay, format, agendaItem, requestedBy, briefers, rule37 }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        timeOfDay = try c.decodeIfPresent(TimeOfDay.self, forKey: .timeOfDay)
        format = try c.decodeIfPresent(String.self, forKey: .format)
        agendaItem = try c.decodeIfPresent(String.self, forKey: .agendaItem)
        requestedBy = try c.decodeIfPresent([String].self, forKey: .requestedBy) ?? []
        briefers = try c.decodeIfPresent([Briefer].self, forKey: .briefers) ?? []
        rule37 = try c.decodeIfPresent([String].self, forKey: .rule37) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(timeOfDay, forKey: .timeOfDay)
        try c.encode(format, forKey: .format)
        try c.encode(agendaItem, forKey: .agendaItem)
        try c.encode(requestedBy, forKey: .requestedBy)
        try c.encode(briefers, forKey: .briefers)
        try c.encode(rule37, forKey: .rule37)
    }
}
