import WIBCore

/// Marks references to other Security Council Report publications: "our 27 June What’s in Blue
/// story", "our May 2024 Monthly Forecast", "our research report".
///
/// The id names the publication and, when known, its date: `whats-in-blue/2024-06-27`,
/// `monthly-forecast/2024-05`. A story's date is the latest such day on or before the posted date.
/// The ``EntityAttributeKey/publication`` attribute holds the publication's name as written.
public struct CrossReferenceAnnotator: EntityFinder {
    public static let name = "cross-references"
    public var kinds: Set<EntityKind> { [.crossReference] }

    private static let months = MonthName.alternation

    private static let pattern = TextPattern("our\\s+(?:(?<day>\\d{1,2})\\s+(?<month>\(CrossReferenceAnnotator.months))\\s+)?(?:(?<fmonth>\(CrossReferenceAnnotator.months))\\s+(?<fyear>\\d{4})\\s+)?(?<publication>What[’']s\\s+[Ii]n\\s+Blue\\s+(?:story|stories)|Monthly\\s+Forecast|research\\s+report|In\\s+Hindsight)")

    /// Creates the annotator.
    public init() {}

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        let posted = document.metadata.posted
        return document.blocks.flatMap { block in
            block.tokens.indices.filter { block.isWord($0, "our") && block.isLowercaseWord($0) }.compactMap { i -> FoundSpan? in
                guard CrossReferenceAnnotator.mayCite(after: i, in: block), let match = block.match(CrossReferenceAnnotator.pattern, at: i, within: 80) else { return nil }
                let publication = (match["publication"] ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let lowered = publication.lowercased()
                // The words joined by hyphens ("monthly-forecast"), byte by byte: a space is one byte.
                let slug = lowered.hasPrefix("what") ? "whats-in-blue" : String(decoding: lowered.utf8.map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
                var id = slug
                if let day = match["day"].flatMap({ Int($0) }), let month = match["month"].flatMap({ MonthName.number(of: $0) }) {
                    if let date = CrossReferenceAnnotator.latest(day: day, month: month, onOrBefore: posted) { id += "/\(date)" }
                } else if let month = match["fmonth"].flatMap({ MonthName.number(of: $0) }), let year = match["fyear"] {
                    id += "/\(year)-\(month < 10 ? "0" : "")\(month)"
                }
                return FoundSpan(block: block.index, range: match.range,
                                 entity: Entity(kind: .crossReference, id: id, attributes: EntityAttributes().setting(.publication, to: publication)))
            }
        }
    }

    private static let openers: [StaticString] = ["What", "Monthly", "research", "In", "January", "February", "March", "April", "May",
                                                  "June", "July", "August", "September", "October", "November", "December"]

    /// Whether ``pattern`` may match at the "our" at token `i`: white space follows it, then a
    /// digit, a month or the first word of a publication. Most "our" are of other things, and
    /// this is told without the regular expression (which is run on any character
    /// ``PatternCharacter`` does not know).
    private static func mayCite(after i: Int, in block: BlockText) -> Bool {
        let end = block.tokens[i].end
        let text = PatternCursor(bytes: block.bytes, end: block.windowBounds(from: block.tokens[i].start, to: block.tokens[i].start + 80).upperBound)
        do {
            let word = try text.spaces(from: end)
            guard word > end else { return false }
            return try text.character(at: word)?.isDigit == true || openers.contains { text.has($0, at: word) }
        } catch {
            return true
        }
    }

    /// The latest such day on or before the posted date: a story cited is already out.
    private static func latest(day: Int, month: Int, onOrBefore posted: CalendarDate?) -> CalendarDate? {
        DateResolver(reference: posted.map(DateResolver.Reference.posted) ?? .undated).day(day, month: month, tense: .past)?.date
    }
}
