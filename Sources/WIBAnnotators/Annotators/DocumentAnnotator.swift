import WIBCore

/// Marks UN document symbols: `S/2024/255`, `S/PRST/2011/4`, `S/RES/2270 (2016)`, `S/PV.9999`,
/// `A/78/123`, `A/RES/77/1`, `A/ES-10/L.25`, with `/Add.1`, `/Rev.1` or `/Corr.1`.
///
/// The id is the symbol without spaces; the ``EntityAttributeKey/url`` attribute links it on
/// undocs.org.
public struct DocumentAnnotator: EntityFinder {
    public static let name = "documents"
    public var kinds: Set<EntityKind> { [.document] }

    /// Creates the annotator.
    public init() {}

    private static let symbol = TextPattern(#"(?:S/RES/\d{1,4}\s?\(\d{4}\)|S/PRST/\d{4}/\d{1,3}|S/PV\.\d{1,5}|[SAE]/(?:RES/|ES-\d{1,2}/|HRC/|AC\.\d{1,3}/)?(?:\d{2}/|\d{4}/)?(?:L\.|CRP\.)?\d{1,5}(?:/(?:Add|Rev|Corr)\.\d{1,3})*)"#)
    private static let organs: WordSet = ["s", "a", "e"]

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        document.blocks.flatMap { block -> [FoundSpan] in
            var found: [FoundSpan] = []
            var next = 0
            for i in block.tokens.indices where block.tokens[i].start >= next && block.tokens[i].isCapitalised
                && block.isWord(i, in: DocumentAnnotator.organs) && block.isMark(i + 1, "/") && !block.isMark(i - 1, "/") {
                guard let match = block.match(DocumentAnnotator.symbol, at: i, within: 60) else { continue }
                let id = match.output.filter { !$0.isWhitespace }
                guard id.filter({ $0 == "/" }).count >= 2 || id.hasPrefix("S/PV.") else { continue }
                let range = match.range
                found.append(FoundSpan(block: block.index, range: range,
                                       entity: Entity(kind: .document, id: id, attributes: EntityAttributes().setting(.url, to: "https://undocs.org/\(id)"))))
                next = range.upperBound
            }
            return found
        }
    }
}
