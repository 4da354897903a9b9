/// Quoted words, with the quotation marks kept in ``content`` so no character is lost.
public struct Quotation: Sendable, Hashable, Codable {
    /// The quoted text, quotation marks included.
    public var content: [Inline]
    /// Who said it, when the sentence says so.
    public var speaker: String?

    /// Creates a quotation.
    public init(content: [Inline], speaker: String? = nil) {
        self.content = content
        self.speaker = speaker
    }

    private enum CodingKeys: String, CodingKey { case content = "children", speaker }
}
