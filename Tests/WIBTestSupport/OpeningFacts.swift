import Foundation
import WIBCore

/// The facts the meeting scorer compares for one post: the meetings it previews and its entity
/// indexes, as plain strings.
///
/// Labelled facts come from `Tests/Labelled/*.yml` (``LabelledOpenings``); found facts come from
/// the JSON of the annotated post (Sources/WIBKit/WIBKit.docc/CommandLineAndJSONReference.md),
/// so that the scorer sees what users see.
public struct OpeningFacts: Sendable, Equatable {
    /// One previewed meeting, in the shape of the JSON's `meeting`.
    public struct Meeting: Sendable, Equatable {
        /// The meeting's date, ISO 8601 (`2024-06-28`), or `nil`.
        public var date: String?
        /// `morning`, `afternoon`, `evening`, or `nil`.
        public var timeOfDay: String?
        /// The post's noun phrase for the meeting (`open briefing`, `vote`), or `nil`.
        public var format: String?
        /// The quoted agenda item, or `nil`.
        public var agendaItem: String?
        /// Requesting states, ISO 3166-1 alpha-3.
        public var requestedBy: [String]
        /// Briefers: each a person's name, or an organisation's when no person is named.
        public var briefers: [String]
        /// States taking part under rule 37, ISO 3166-1 alpha-3.
        public var rule37: [String]

        /// Creates a meeting; every field defaults to "the post does not say".
        public init(date: String? = nil, timeOfDay: String? = nil, format: String? = nil, agendaItem: String? = nil,
                    requestedBy: [String] = [], briefers: [String] = [], rule37: [String] = []) {
            self.date = date
            self.timeOfDay = timeOfDay
            self.format = format
            self.agendaItem = agendaItem
            self.requestedBy = requestedBy
            self.briefers = briefers
            self.rule37 = rule37
        }
    }

    /// The previewed meetings, in order; empty when the post previews none.
    public var meetings: [Meeting]
    /// Distinct resolution symbols, `S/RES/2231(2015)`.
    public var resolutions: [String]
    /// Distinct document symbols other than resolutions, `S/2024/255`.
    public var documents: [String]
    /// Distinct states named, ISO 3166-1 alpha-3.
    public var states: [String]

    /// Creates facts; every list defaults to empty.
    public init(meetings: [Meeting] = [], resolutions: [String] = [], documents: [String] = [], states: [String] = []) {
        self.meetings = meetings
        self.resolutions = resolutions
        self.documents = documents
        self.states = states
    }

    /// The facts of an annotated `post`, read from its JSON encoding (`Post`'s `Codable` form):
    /// the `meetings` list when the JSON has that key; otherwise `meeting` alone when it has a
    /// date or a format; otherwise no meeting. Throws when the post does not encode.
    public init(post: Post) throws {
        let data = try JSONEncoder().encode(post)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let objects: [[String: Any]]
        if let list = json["meetings"] as? [[String: Any]] {
            objects = list
        } else if let single = json["meeting"] as? [String: Any], single["date"] is String || single["format"] is String {
            objects = [single]
        } else {
            objects = []
        }
        self.init(meetings: objects.map(OpeningFacts.meeting(from:)),
                  resolutions: (json["resolutions"] as? [[String: Any]] ?? []).compactMap { $0["symbol"] as? String },
                  documents: json["documents"] as? [String] ?? [],
                  states: json["states"] as? [String] ?? [])
    }

    /// A meeting from its JSON object.
    private static func meeting(from object: [String: Any]) -> Meeting {
        let briefers = (object["briefers"] as? [[String: Any]] ?? []).compactMap { briefer in
            briefer["name"] as? String ?? briefer["organization"] as? String
        }
        return Meeting(date: object["date"] as? String, timeOfDay: object["timeOfDay"] as? String,
                       format: object["format"] as? String, agendaItem: object["agendaItem"] as? String,
                       requestedBy: object["requestedBy"] as? [String] ?? [], briefers: briefers,
                       rule37: object["rule37"] as? [String] ?? [])
    }
}
