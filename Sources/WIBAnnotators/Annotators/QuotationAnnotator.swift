import WIBCore

/// Marks quoted words (“…” or "…") as quotations, with the speaker when the sentence names one
/// before the quote with a speech verb ("Putin said that …", "Rutte described the deployment as …").
///
/// Quotations are structure, not entities: they are `Inline.quotation` nodes, and the other
/// annotators mark entities inside them. Run this annotator first.
public struct QuotationAnnotator: Annotator {
    public static let name = "quotations"

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        post.rewritten(by: QuoteRewriter())
    }

    private struct QuoteRewriter: ASTRewriter {
        static let quote = TextPattern(#"“[^“”]+”|"[^"]+""#)
        static let speaker = TextPattern(#"(?<speaker>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|added|noted|warned|described|called|characterised|characterized|emphasised|emphasized|stressed|told|urged|argued|claimed|maintained|declared|insisted|announced|expressed)\b"#)
        static let pronouns: Set<String> = ["He", "She", "They", "It", "We", "I", "This", "These", "The", "That"]

        func rewriteInline(_ inline: Inline) -> [Inline] {
            switch inline {
            case .quotation, .annotated: return [inline]
            case .text(let text): return split(text)
            default: return [rewritingChildren(of: inline)]
            }
        }

        private func split(_ text: String) -> [Inline] {
            guard text.contains("“") || text.contains("\"") else { return [.text(text)] }
            var result: [Inline] = []
            var position = text.startIndex
            let sentences = Sentences.ranges(in: text)
            for match in QuoteRewriter.quote.matches(in: text) {
                if position < match.range.lowerBound { result.append(.text(String(text[position..<match.range.lowerBound]))) }
                let sentenceStart = sentences.last { $0.lowerBound <= match.range.lowerBound }?.lowerBound ?? text.startIndex
                let who = QuoteRewriter.speaker.matches(in: text, range: sentenceStart..<match.range.lowerBound).last.flatMap { $0["speaker"].map(String.init) }
                result.append(.quotation(Quotation(content: [.text(String(text[match.range]))],
                                                   speaker: who.flatMap { QuoteRewriter.pronouns.contains($0) ? nil : $0 })))
                position = match.range.upperBound
            }
            if position < text.endIndex { result.append(.text(String(text[position...]))) }
            return result.isEmpty ? [.text(text)] : result
        }
    }
}
