import WIBCore

/// Marks UN document symbols: `S/2024/255`, `S/PRST/2011/4`, `S/RES/2270 (2016)`, `S/PV.9999`,
/// `A/78/123`, `A/RES/77/1`, `A/ES-10/L.25`, with `/Add.1`, `/Rev.1` or `/Corr.1`.
///
/// The id is the symbol without spaces; the `url` attribute links it on undocs.org.
public struct DocumentAnnotator: Annotator {
    public static let name = "documents"

    /// Creates the annotator.
    public init() {}

    private static let symbol = TextPattern(#"(?:S/RES/\d{1,4}\s?\(\d{4}\)|S/PRST/\d{4}/\d{1,3}|S/PV\.\d{1,5}|[SAE]/(?:RES/|ES-\d{1,2}/|HRC/|AC\.\d{1,3}/)?(?:\d{2}/|\d{4}/)?(?:L\.|CRP\.)?\d{1,5}(?:/(?:Add|Rev|Corr)\.\d{1,3})*)"#)

    public func annotate(_ post: Post) -> Post {
        annotatingSpans(of: .document, in: post) { text in
            guard text.contains("/") else { return [] }
            return DocumentAnnotator.symbol.matches(in: text).compactMap { match in
                let before = match.range.lowerBound == text.startIndex ? nil : text[text.index(before: match.range.lowerBound)]
                guard before.map({ !$0.isWordCharacter && $0 != "/" }) ?? true, match.output.contains("/") else { return nil }
                let id = match.output.filter { !$0.isWhitespace }
                guard id.filter({ $0 == "/" }).count >= 2 || id.hasPrefix("S/PV.") else { return nil }
                return TextMatch(range: match.range, entity: Entity(kind: .document, id: id, attributes: ["url": "https://undocs.org/\(id)"]))
            }
        }
    }
}
