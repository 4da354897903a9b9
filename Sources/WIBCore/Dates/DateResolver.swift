/// The one rule for dates a post writes without a year: "on 6 January", "in March", "tomorrow",
/// "on Monday".
///
/// Dates are resolved against a reference, taken from the post (``init(_:)``): its posted date;
/// else the year and month of its address or file name (a ``DateHint``); else nothing. With no
/// reference a date without a year stays unresolved (`--01-06`); the clock is never read, so
/// "today" is never a date of the machine's.
///
/// With a posted date *P*, a day written without a year is, by the tense of its sentence (which
/// the caller judges):
/// - ``Tense/future``: the earliest such day on or after *P* − 3 days;
/// - ``Tense/past``: the latest such day on or before *P* + 3 days;
/// - ``Tense/unknown``: as in the past, unless that day lies more than 300 days before *P*: then
///   the next one.
///
/// So "will meet on 6 January" posted 2024-12-20 is 2025-01-06, and "on 6 January, … issued"
/// posted 2024-10-15 is 2024-01-06. The slack of ``slackDays`` covers "yesterday", "tomorrow"
/// and time zones. A month is weighed the same way as the span of its days: it is on or after
/// a day when it ends on or after it, on or before when it starts on or before it, and as far
/// back as its last day. With only a hint, days and months fall in the hint's year whatever
/// the tense. Relative days ("today", "tomorrow", a weekday) need a posted date.
///
/// Every method is total: a date that would fall outside 0001-01-01…9999-12-31 stays
/// unresolved (or `nil` where the result is a ``CalendarDate``), and none traps.
public struct DateResolver: Sendable, Hashable {
    /// What dates are resolved against.
    public enum Reference: Sendable, Hashable {
        /// The day the post was published.
        case posted(CalendarDate)
        /// Only a year and month, from the post's address or file name.
        case hint(DateHint)
        /// Nothing: dates without a year stay unresolved.
        case undated
    }

    /// The tense of the sentence a date stands in.
    public enum Tense: Sendable, Hashable {
        /// The sentence tells what happened ("issued", "was adopted").
        case past
        /// The sentence tells what is to come ("will", "is scheduled").
        case future
        /// The sentence does not tell.
        case unknown
    }

    /// How many days past the posted date a date may lie and still count as past (and before
    /// it, as future): 3.
    public static let slackDays = 3
    /// How far back, in days, a date in a sentence of unknown tense may lie before the next one
    /// is meant instead: 300.
    public static let recentDays = 300

    /// What dates are resolved against.
    public let reference: Reference

    /// A resolver with this reference.
    public init(reference: Reference) {
        self.reference = reference
    }

    /// The resolver for a post: its posted date; else the ``DateHint`` of its address
    /// (``PostMetadata/url``, or ``PostMetadata/source`` when that is an address); else that of
    /// the file name of its source; else undated.
    public init(_ metadata: PostMetadata) {
        if let posted = metadata.posted {
            reference = .posted(posted)
            return
        }
        let source = metadata.source ?? ""
        let fromSource = source.contains("://") ? DateHint(address: source) : DateHint(fileName: source)
        reference = (metadata.url.flatMap { DateHint(address: $0) } ?? fromSource).map(Reference.hint) ?? .undated
    }

    /// The day `day` of `month` (1…12), in `year` when the text gives one, else as the rule
    /// says; `nil` when no such day exists (30 February; 29 February of a given or hinted year
    /// that lacks it; a year outside 1…9999).
    public func day(_ day: Int, month: Int, year: Int? = nil, tense: Tense) -> ResolvedDay? {
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) else { return nil }
        if let year { return CalendarDate(year: year, month: month, day: day).map(ResolvedDay.resolved) }
        switch reference {
        case .undated:
            return .unresolved(month: month, day: day)
        case .hint(let hint):
            return CalendarDate(year: hint.year, month: month, day: day).map(ResolvedDay.resolved)
        case .posted(let posted):
            // 29 February recurs within eight years (1896, 1904).
            let spans = (posted.year - 8...posted.year + 8).compactMap { CalendarDate(year: $0, month: month, day: day) }
                .map { (value: $0, first: $0.daysSinceEpoch, last: $0.daysSinceEpoch) }
            return DateResolver.pick(spans, posted: posted, tense: tense).map(ResolvedDay.resolved) ?? .unresolved(month: month, day: day)
        }
    }

    /// The month `month` (1…12), of `year` when the text gives one, else as the rule says; `nil`
    /// for a month outside 1…12 or a year outside 1…9999.
    public func month(_ month: Int, year: Int? = nil, tense: Tense) -> ResolvedMonth? {
        guard (1...12).contains(month) else { return nil }
        if let year { return (1...9999).contains(year) ? .resolved(year: year, month: month) : nil }
        switch reference {
        case .undated:
            return .unresolved(month: month)
        case .hint(let hint):
            return .resolved(year: hint.year, month: month)
        case .posted(let posted):
            let spans = (posted.year - 1...posted.year + 1).compactMap { year -> (value: Int, first: Int, last: Int)? in
                guard let first = CalendarDate(year: year, month: month, day: 1),
                      let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return nil }
                return (year, first.daysSinceEpoch, last.daysSinceEpoch)
            }
            return DateResolver.pick(spans, posted: posted, tense: tense).map { .resolved(year: $0, month: month) } ?? .unresolved(month: month)
        }
    }

    /// The day `offset` days from the posted date: 0 for "today" and "tonight", 1 for
    /// "tomorrow", -1 for "yesterday"; `nil` without a posted date or outside 0001…9999.
    public func relativeDay(_ offset: Int) -> CalendarDate? {
        guard case .posted(let posted) = reference else { return nil }
        return posted.adding(days: offset)
    }

    /// The day a weekday name (`isoWeekday`, 1 = Monday … 7 = Sunday) means: in the future, the
    /// next such weekday after the posted date (the posted day itself excluded); in the past or
    /// an unknown tense, the last one before it. `nil` without a posted date, for a weekday
    /// outside 1…7, or outside 0001…9999.
    public func weekday(_ isoWeekday: Int, tense: Tense) -> CalendarDate? {
        guard case .posted(let posted) = reference else { return nil }
        return tense == .future ? posted.next(isoWeekday: isoWeekday) : posted.previous(isoWeekday: isoWeekday)
    }

    /// Of `spans` (in time order; each a day or a month, with its first and last day since the
    /// epoch), the one the rule picks for a date of `tense` in a post of `posted`.
    private static func pick<Value>(_ spans: [(value: Value, first: Int, last: Int)], posted: CalendarDate, tense: Tense) -> Value? {
        let reference = posted.daysSinceEpoch
        let past = spans.last { $0.first <= reference + slackDays }
        let next = spans.first { $0.last >= reference - slackDays }
        switch tense {
        case .future: return next?.value
        case .past: return past?.value
        case .unknown:
            guard let past, reference - past.last <= recentDays else { return next?.value }
            return past.value
        }
    }
}
