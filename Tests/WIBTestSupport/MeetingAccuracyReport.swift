import Foundation

/// How well the reader and the standard annotators find the meeting facts of labelled posts
/// (``LabelledOpenings``), field by field.
///
/// Expected and found meetings are aligned by index; a post with more meetings on one side has
/// extra slots, empty on the other side. `date`, `timeOfDay`, `format` and `agendaItem` are scored
/// by accuracy over every slot (case-insensitive; null equals null). `requestedBy`, `briefers`
/// and `rule37` are scored by precision, recall and F1 per slot, and `resolutions`, `documents`
/// and `states` per post, over distinct items (names compared without case or diacritics).
public struct MeetingAccuracyReport: Sendable {
    /// A scored field.
    public enum Field: String, CaseIterable, Sendable {
        /// The meeting's date (accuracy per meeting slot).
        case date
        /// Morning, afternoon or evening (accuracy per meeting slot).
        case timeOfDay
        /// The meeting's format (accuracy per meeting slot).
        case format
        /// The quoted agenda item (accuracy per meeting slot).
        case agendaItem
        /// Requesting states (precision, recall, F1 per meeting slot).
        case requestedBy
        /// Briefers' names, or organisations (precision, recall, F1 per meeting slot).
        case briefers
        /// States under rule 37 (precision, recall, F1 per meeting slot).
        case rule37
        /// Resolution symbols (precision, recall, F1 per post).
        case resolutions
        /// Other document symbols (precision, recall, F1 per post).
        case documents
        /// States named (precision, recall, F1 per post).
        case states

        /// Whether the field is scored by accuracy (a single value per meeting slot).
        var isSingleValue: Bool { [.date, .timeOfDay, .format, .agendaItem].contains(self) }
    }

    /// The score of one field.
    public enum Score: Sendable {
        /// `right` of `slots` meeting slots agree.
        case accuracy(right: Int, slots: Int)
        /// Items found and expected, counted as true and false positives and negatives.
        case overlap(AccuracyReport.Score)

        /// The accuracy, or the F1; 1 when there was nothing to score.
        public var value: Double {
            switch self {
            case .accuracy(let right, let slots): slots == 0 ? 1 : Double(right) / Double(slots)
            case .overlap(let counts): counts.f1
            }
        }
    }

    /// The score of every field.
    public private(set) var scores: [Field: Score] = [:]
    /// Every disagreement, as "id: field: got X, want Y", in entry order.
    public private(set) var mistakes: [String] = []
    /// Posts scored.
    public private(set) var posts = 0
    /// Meetings expected, over all posts.
    public private(set) var expectedMeetings = 0
    /// Meetings found, over all posts.
    public private(set) var foundMeetings = 0

    /// Reads, annotates and scores every entry. Throws when an entry does not read as a post.
    public init(entries: [LabelledOpenings.Entry]) throws {
        let comparisons = try entries.map { (id: $0.id, expected: $0.expected, found: try OpeningFacts(post: try $0.annotatedPost())) }
        self.init(comparing: comparisons)
    }

    /// Scores found facts against expected ones, post by post (`id` names each in ``mistakes``).
    public init(comparing comparisons: [(id: String, expected: OpeningFacts, found: OpeningFacts)]) {
        var right: [Field: Int] = [:], slots = 0
        var overlaps: [Field: AccuracyReport.Score] = [:]
        for (id, expected, found) in comparisons {
            posts += 1
            expectedMeetings += expected.meetings.count
            foundMeetings += found.meetings.count
            if expected.meetings.count != found.meetings.count {
                mistakes.append("\(id): meetings: got \(found.meetings.count), want \(expected.meetings.count)")
            }
            for index in 0..<max(expected.meetings.count, found.meetings.count) {
                slots += 1
                let want = index < expected.meetings.count ? expected.meetings[index] : OpeningFacts.Meeting()
                let got = index < found.meetings.count ? found.meetings[index] : OpeningFacts.Meeting()
                let place = "\(id): meetings[\(index)]."
                for field in Field.allCases where field.isSingleValue {
                    let (gotValue, wantValue) = (MeetingAccuracyReport.value(field, of: got), MeetingAccuracyReport.value(field, of: want))
                    if gotValue?.lowercased() == wantValue?.lowercased() {
                        right[field, default: 0] += 1
                    } else {
                        mistakes.append(place + "\(field.rawValue): got \(gotValue ?? "null"), want \(wantValue ?? "null")")
                    }
                }
                for (field, gotItems, wantItems) in [(Field.requestedBy, got.requestedBy, want.requestedBy),
                                                     (.briefers, got.briefers, want.briefers), (.rule37, got.rule37, want.rule37)] {
                    MeetingAccuracyReport.compare(gotItems, wantItems, into: &overlaps[field, default: AccuracyReport.Score()],
                                                  mistake: place + field.rawValue, mistakes: &mistakes)
                }
            }
            for (field, gotItems, wantItems) in [(Field.resolutions, found.resolutions, expected.resolutions),
                                                 (.documents, found.documents, expected.documents), (.states, found.states, expected.states)] {
                MeetingAccuracyReport.compare(gotItems, wantItems, into: &overlaps[field, default: AccuracyReport.Score()],
                                              mistake: "\(id): \(field.rawValue)", mistakes: &mistakes)
            }
        }
        for field in Field.allCases {
            scores[field] = field.isSingleValue ? .accuracy(right: right[field] ?? 0, slots: slots) : .overlap(overlaps[field] ?? AccuracyReport.Score())
        }
    }

    /// A single-value field of a meeting.
    private static func value(_ field: Field, of meeting: OpeningFacts.Meeting) -> String? {
        switch field {
        case .date: meeting.date
        case .timeOfDay: meeting.timeOfDay
        case .format: meeting.format
        case .agendaItem: meeting.agendaItem
        default: nil
        }
    }

    /// Counts distinct `got` items against distinct `want` items (without case or diacritics),
    /// and records a mistake when they differ.
    private static func compare(_ got: [String], _ want: [String], into counts: inout AccuracyReport.Score,
                                mistake: String, mistakes: inout [String]) {
        let gotKeys = distinctKeys(got), wantKeys = distinctKeys(want)
        counts.truePositives += gotKeys.intersection(wantKeys).count
        counts.falsePositives += gotKeys.subtracting(wantKeys).count
        counts.falseNegatives += wantKeys.subtracting(gotKeys).count
        if gotKeys != wantKeys {
            mistakes.append("\(mistake): got [\(got.joined(separator: ", "))], want [\(want.joined(separator: ", "))]")
        }
    }

    /// The comparison keys of `items`: WIBCore's folding (case, diacritics, spaces).
    private static func distinctKeys(_ items: [String]) -> Set<String> {
        Set(items.map(\.folded))
    }

    /// A table: the accuracy of the single-value fields, then precision, recall and F1 of the
    /// list fields.
    public var table: String {
        var lines = ["Meeting facts: \(posts) posts, \(expectedMeetings) meetings expected, \(foundMeetings) found",
                     "field         slots  right  accuracy"]
        for field in Field.allCases {
            guard case .accuracy(let right, let slots) = scores[field] else { continue }
            lines.append(field.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%7d %6d %9.3f", slots, right, scores[field]?.value ?? 1))
        }
        lines.append("field       labelled  found  precision  recall     F1")
        for field in Field.allCases {
            guard case .overlap(let counts) = scores[field] else { continue }
            lines.append(field.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%8d %6d %10.3f %7.3f %6.3f", counts.truePositives + counts.falseNegatives,
                         counts.truePositives + counts.falsePositives, counts.precision, counts.recall, counts.f1))
        }
        return lines.joined(separator: "\n")
    }
}
