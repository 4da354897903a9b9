import WIBCore

/// Marks Security Council resolutions: "resolution 1718 of 14 October 2006", "Resolution 1718
/// also decided", "resolutions 2397 and 2270", "resolution 2231 (2015)".
///
/// The id is the symbol, `S/RES/1718(2006)`. The year comes from the text when it gives one,
/// else from ``ResolutionYears``. When both are known and differ, the text's year is kept and
/// the post gets a warning. Attributes: `number`, `year`, `date` (when the text gives one),
/// `url`, and `regime` when the resolution belongs to a sanctions regime (``SanctionsRegimes``).
public struct ResolutionAnnotator: Annotator {
    public static let name = "resolutions"

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        let postedYear = post.metadata.posted?.year
        var annotated = annotatingSpans(of: .resolution, in: post) { ResolutionAnnotator.matches(in: $0, postedYear: postedYear) }
        var seen = Set<String>()
        for mention in annotated.entities where mention.entity.kind == .resolution {
            let attributes = mention.entity.attributes
            guard let tableYear = attributes["tableYear"], seen.insert(mention.entity.id + tableYear).inserted else { continue }
            annotated.diagnostics.append(.warning("resolution \(attributes["number"] ?? "") is from \(tableYear) by its number, but the text says \(attributes["year"] ?? "?"); the text's year is used",
                                                 path: post.metadata.source, line: mention.line))
        }
        for mention in annotated.entities where mention.entity.kind == .resolution && mention.entity.attributes["year"] == nil {
            guard seen.insert(mention.entity.id).inserted else { continue }
            annotated.diagnostics.append(.warning("the year of resolution \(mention.entity.attributes["number"] ?? "") is unknown (the text gives none)",
                                                 path: post.metadata.source, line: mention.line))
        }
        return annotated
    }

    static func matches(in text: String, postedYear: Int?) -> [TextMatch] {
        guard text.contains("esolution") || text.contains("ESOLUTION") else { return [] }
        let mention = ResolutionText.resolutionMention, continuation = ResolutionText.resolutionContinuation
        var found: [TextMatch] = []
        var position = text.startIndex
        while let first = mention.firstMatch(in: text, range: position..<text.endIndex), let number = first["number"] {
            found.append(TextMatch(range: first.range, entity: entity(number: number, statedYear: first["year"] ?? first["dateYear"],
                                                                       date: ResolutionText.date(day: first["day"], month: first["month"], year: first["dateYear"]),
                                                                       postedYear: postedYear)))
            position = first.range.upperBound
            while let next = continuation.prefixMatch(in: text, range: position..<text.endIndex), let nextNumber = next["number"] {
                found.append(TextMatch(range: nextNumber.startIndex..<next.range.upperBound,
                                       entity: entity(number: nextNumber, statedYear: next["year"], date: nil, postedYear: postedYear)))
                position = next.range.upperBound
            }
        }
        return found
    }

    private static func entity(number: Substring, statedYear: Substring?, date: CalendarDate?, postedYear: Int?) -> Entity {
        let number = Int(number) ?? 0
        let tableYear = ResolutionYears.year(of: number, postedIn: postedYear)
        let year = statedYear.flatMap { Int($0) } ?? tableYear
        let symbol = year.map { "S/RES/\(number)(\($0))" } ?? "S/RES/\(number)"
        var attributes = ["number": String(number), "url": "https://undocs.org/\(symbol)"]
        if let year { attributes["year"] = String(year) }
        if let date { attributes["date"] = date.description }
        if let regime = SanctionsRegimes.byResolution[number] { attributes["regime"] = regime }
        if let tableYear, let year, tableYear != year { attributes["tableYear"] = String(tableYear) }
        return Entity(kind: .resolution, id: symbol, attributes: attributes)
    }
}
