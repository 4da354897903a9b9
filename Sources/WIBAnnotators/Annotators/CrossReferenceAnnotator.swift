import Foundation
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
                guard let match = block.match(CrossReferenceAnnotator.pattern, at: i, within: 80) else { return nil }
                let publication = (match["publication"] ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let slug = publication.lowercased().hasPrefix("what") ? "whats-in-blue" : publication.lowercased().replacingOccurrences(of: " ", with: "-")
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

    /// The latest such day on or before the posted date: a story cited is already out.
    private static func latest(day: Int, month: Int, onOrBefore posted: CalendarDate?) -> CalendarDate? {
        DateResolver(reference: posted.map(DateResolver.Reference.posted) ?? .undated).day(day, month: month, tense: .past)?.date
    }
}
