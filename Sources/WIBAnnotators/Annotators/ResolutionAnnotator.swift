import WIBCore

/// Marks Security Council resolutions: "resolution 1718 of 14 October 2006", "Resolution 1718
/// also decided", "resolutions 2397 and 2270", "resolution 2231 (2015)".
///
/// The id is the symbol, `S/RES/1718(2006)`. The year comes from the text when it gives one,
/// else from ``ResolutionYears``. When both are known and differ, the text's year is kept and
/// the post gets a warning (and the number's year is kept as ``EntityAttributeKey/tableYear``).
/// Attributes: ``EntityAttributeKey/resolutionNumber``, ``EntityAttributeKey/resolutionYear``,
/// ``EntityAttributeKey/adoptionDate`` (when the text gives one), ``EntityAttributeKey/url``, and
/// ``EntityAttributeKey/regime`` when the resolution belongs to a sanctions regime
/// (``SanctionsRegimes``).
public struct ResolutionAnnotator: EntityFinder {
    public static let name = "resolutions"
    public var kinds: Set<EntityKind> { [.resolution] }

    /// Creates the annotator.
    public init() {}

    private static let keys: WordSet = ["resolution", "resolutions"]

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        let postedYear = document.metadata.posted?.year
        return document.blocks.flatMap { block -> [FoundSpan] in
            var found: [FoundSpan] = []
            var next = 0
            for i in block.tokens.indices where block.tokens[i].start >= next && block.isWord(i, in: ResolutionAnnotator.keys) {
                guard let first = ResolutionText.mention(at: i, in: block) else { continue }
                let text = { (range: Range<Int>) -> Substring in Substring(block.string(range)) }
                found.append(FoundSpan(block: block.index, range: first.range,
                                       entity: ResolutionAnnotator.entity(number: text(first.number), statedYear: (first.year ?? first.dateYear).map(text),
                                                                         date: ResolutionText.date(day: first.day.map(text), month: first.month.map(text),
                                                                                                   year: first.dateYear.map(text)),
                                                                         postedYear: postedYear)))
                var position = first.range.upperBound
                while let continuation = ResolutionText.continuation(from: position, in: block) {
                    found.append(FoundSpan(block: block.index, range: continuation.number.lowerBound..<continuation.range.upperBound,
                                           entity: ResolutionAnnotator.entity(number: text(continuation.number), statedYear: continuation.year.map(text), date: nil,
                                                                         postedYear: postedYear)))
                    position = continuation.range.upperBound
                }
                next = position
            }
            return found
        }
    }

    /// A warning for each resolution whose year the text contradicts or does not give.
    public func diagnostics(in document: AnnotationDocument, spans: [FoundSpan]) -> [Diagnostic] {
        var seen = Set<String>()
        var warnings: [Diagnostic] = []
        let resolutions = spans.filter { $0.kind == .resolution }.sorted { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
        for span in resolutions {
            guard let entity = span.entity else { continue }
            let attributes = entity.attributes, line = document.blocks[span.block].line
            if let tableYear = attributes[.tableYear], seen.insert(entity.id + String(tableYear)).inserted {
                warnings.append(.warning("resolution \(attributes[.resolutionNumber].map(String.init) ?? "") is from \(tableYear) by its number, but the text says \(attributes[.resolutionYear].map(String.init) ?? "?"); the text's year is used",
                                         path: document.metadata.source, line: line))
            }
        }
        for span in resolutions {
            guard let entity = span.entity, entity.attributes[.resolutionYear] == nil, seen.insert(entity.id).inserted else { continue }
            warnings.append(.warning("the year of resolution \(entity.attributes[.resolutionNumber].map(String.init) ?? "") is unknown (the text gives none)",
                                     path: document.metadata.source, line: document.blocks[span.block].line))
        }
        return warnings
    }

    private static func entity(number: Substring, statedYear: Substring?, date: CalendarDate?, postedYear: Int?) -> Entity {
        let number = Int(number) ?? 0
        let tableYear = ResolutionYears.year(of: number, postedIn: postedYear)
        let year = statedYear.flatMap { Int($0) } ?? tableYear
        let symbol = year.map { "S/RES/\(number)(\($0))" } ?? "S/RES/\(number)"
        var attributes = EntityAttributes()
        attributes[.resolutionNumber] = number
        attributes[.url] = "https://undocs.org/\(symbol)"
        attributes[.resolutionYear] = year
        attributes[.adoptionDate] = date
        attributes[.regime] = SanctionsRegimes.byResolution[number]
        if let tableYear, let year, tableYear != year { attributes[.tableYear] = tableYear }
        return Entity(kind: .resolution, id: symbol, attributes: attributes)
    }
}
