import WIBCore

/// Marks dates and periods, resolved against the posted date: "28 June" is the last 28 June up to a
/// few days after the posted date (posts report what has happened: "On 6 January, … issued" in an
/// October post is this year's), unless the sentence speaks of the future ("will", "is
/// scheduled", "ahead of") and that day lies more than 60 days back: then it is the next one
/// ("will meet on 6 January" in a December post is next year's). After "since", always the past.
/// "14 October 2006", "from 22 to 24 October" (a range), "August 2023", "in early August" (a
/// month), "late 2022" (a year).
///
/// The id is ISO 8601: `2024-06-28`, `2024-10-22/2024-10-24`, `2023-08`, `2022`; without a posted
/// date, a day or month with no year is `--06-28` or `--08`. Attributes: `qualifier` (early, mid,
/// late) where the text gives one.
public struct DateAnnotator: Annotator {
    public static let name = "dates"

    private static let months = MonthName.alternation
    private static let dayMonth = TextPattern(
        "(?<first>\\d{1,2})(?:\\s*(?:–|-|to|and)\\s*(?<last>\\d{1,2}))?\\s+(?<month>\(months))(?:\\s+(?<year>\\d{4}))?(?![\\w])")
    private static let monthYear = TextPattern("(?:(?<qualifier>early|mid-|mid|late)\\s*)?(?<month>\(months))\\s+(?<year>\\d{4})(?!\\d)")
    private static let monthAfterPreposition = TextPattern(
        "\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]nd of|[Ss]tart of)\\s+(?:(?<qualifier>early|mid-|late)\\s*)?(?<month>\(months))\\b")
    private static let qualifiedYear = TextPattern("(?<qualifier>early|mid-|late)\\s*(?<year>(?:19|20)\\d{2})(?!\\d)")

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        let posted = post.metadata.posted
        return annotatingSpans(of: .date, in: post) { DateAnnotator.matches(in: $0, posted: posted) }
    }

    /// Words that show a sentence speaks of the future, where a date may lie after the posted date.
    private static let futureMarkers = [" will ", " is scheduled ", " are scheduled ", " expires ", " expire ", " is due ", " are due ",
                                        " ahead of ", " upcoming ", " next ", " is set to ", " are set to ", " shall ", " plans to ",
                                        " intends to "]

    /// How far back a day or month may lie and still be meant in a sentence about the future.
    private static let recentDays = 60

    /// Month names and qualifiers: a date pattern is tried only around them.
    static let triggers = PhraseMatcher((months.split(separator: "|") + ["early", "mid", "late"]).map { (String($0), String($0)) })

    static func matches(in text: String, posted: CalendarDate?) -> [TextMatch] {
        var candidates: [TextMatch] = []
        let sentences = Sentences.ranges(in: text)
        for trigger in triggers.matches(in: text) {
            let start = text.index(trigger.range.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(trigger.range.upperBound, offsetBy: 25, limitedBy: text.endIndex) ?? text.endIndex
            candidates += windowMatches(in: text, window: start..<end, sentences: sentences, posted: posted)
        }
        // Leftmost first; at one place, the longest.
        let ordered = candidates.sorted {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound
        }
        var chosen: [TextMatch] = []
        for candidate in ordered where chosen.last.map({ $0.range.upperBound <= candidate.range.lowerBound }) ?? true {
            chosen.append(candidate)
        }
        return chosen
    }

    /// The date patterns' matches inside `window` of `text` (positions are `text`'s own).
    private static func windowMatches(in text: String, window: Range<String.Index>, sentences: [Range<String.Index>],
                                      posted: CalendarDate?) -> [TextMatch] {
        var candidates: [TextMatch] = []
        let future = { (index: String.Index) -> Bool in
            if text[..<index].lowercased().hasSuffix("since ") { return false }
            guard let sentence = sentences.first(where: { $0.contains(index) }) else { return true }
            let words = " " + text[sentence].lowercased().split { !$0.isLetter }.joined(separator: " ") + " "
            return futureMarkers.contains { words.contains($0) }
        }
        for match in dayMonth.matches(in: text, range: window) where startsWord(match.range.lowerBound, in: text) {
            guard let month = match["month"].flatMap(MonthName.number(of:)), let first = match["first"].flatMap({ Int($0) }) else { continue }
            let year = match["year"].flatMap { Int($0) }
            let reference = future(match.range.lowerBound) ? posted : nil
            guard let start = day(first, month, year, posted, nearest: reference != nil) else { continue }
            var id = start
            if let lastText = match["last"], let last = Int(lastText), let end = day(last, month, year, posted, nearest: reference != nil) { id = "\(start)/\(end)" }
            candidates.append(TextMatch(range: match.range, entity: Entity(kind: .date, id: id)))
        }
        for match in monthYear.matches(in: text, range: window) where startsWord(match.range.lowerBound, in: text) {
            guard let month = match["month"].flatMap(MonthName.number(of:)), let year = match["year"] else { continue }
            candidates.append(TextMatch(range: match.range, entity: entity("\(year)-\(pad(month))", qualifier: match["qualifier"])))
        }
        for match in monthAfterPreposition.matches(in: text, range: window) {
            guard let monthName = match["month"], let month = MonthName.number(of: monthName) else { continue }
            let id = posted.map { resolvedMonth(month, posted: $0, nearest: future(match.range.lowerBound)) } ?? "--\(pad(month))"
            let start = match["qualifier"]?.startIndex ?? monthName.startIndex
            candidates.append(TextMatch(range: start..<match.range.upperBound, entity: entity(id, qualifier: match["qualifier"])))
        }
        for match in qualifiedYear.matches(in: text, range: window) where startsWord(match.range.lowerBound, in: text) {
            guard let year = match["year"] else { continue }
            candidates.append(TextMatch(range: match.range, entity: entity(String(year), qualifier: match["qualifier"])))
        }
        return candidates
    }

    private static func startsWord(_ index: String.Index, in text: String) -> Bool {
        index == text.startIndex || !text[text.index(before: index)].isWordCharacter
    }

    /// A day: with its year; else the last such day up to three days after the posted date, or in
    /// future sentences, when that one is long past, the next from three days before it. The slack
    /// covers "yesterday", "tomorrow" and time zones.
    private static func day(_ day: Int, _ month: Int, _ year: Int?, _ posted: CalendarDate?, nearest future: Bool) -> String? {
        if let year { return CalendarDate(year: year, month: month, day: day)?.description }
        guard let posted else { return (1...31).contains(day) ? "--\(pad(month))-\(pad(day))" : nil }
        let candidates = [posted.year - 1, posted.year, posted.year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) }
        let past = candidates.last { $0 <= posted.adding(days: 3) }
        guard future, past.map({ posted.daysSinceEpoch - $0.daysSinceEpoch > recentDays }) ?? true else { return past?.description }
        return candidates.first { $0 >= posted.adding(days: -3) }?.description
    }

    /// A month without a year: the last up to the posted month, or in future sentences, when that
    /// one is more than two months back, the next.
    private static func resolvedMonth(_ month: Int, posted: CalendarDate, nearest future: Bool) -> String {
        let reference = posted.year * 12 + posted.month - 1
        let candidates = (posted.year - 1...posted.year + 1).map { ($0, $0 * 12 + month - 1) }
        let past = candidates.last { $0.1 <= reference }!
        let year = future && reference - past.1 > recentDays / 30 ? candidates.first { $0.1 >= reference }!.0 : past.0
        return "\(year)-\(pad(month))"
    }

    private static func entity(_ id: String, qualifier: Substring?) -> Entity {
        guard let qualifier else { return Entity(kind: .date, id: id) }
        return Entity(kind: .date, id: id, attributes: ["qualifier": qualifier.hasPrefix("mid") ? "mid" : String(qualifier)])
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
