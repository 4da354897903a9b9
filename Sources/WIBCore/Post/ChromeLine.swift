/// A line of a copied post that is page furniture, not part of the post's body.
///
/// Readers keep these lines (with their numbers and exact text) in ``PostMetadata/chrome`` so
/// that nothing of the input is lost, while renderers leave them out.
public struct ChromeLine: Sendable, Hashable, Codable {
    /// What the line is.
    public enum Role: String, Sendable, Hashable, Codable {
        /// The series header, "What's In Blue".
        case series
        /// The "Posted Thu 27 Jun 2024" line.
        case posted
        /// A page control such as "• Print" or "• Share".
        case control
        /// The post's title line, as it stood.
        case title
        /// The "Tags:" line.
        case tags
        /// A footer line ("Sign up for What's In Blue emails").
        case footer
    }

    /// What the line is.
    public var role: Role
    /// Its 1-based line number.
    public var line: Int
    /// Its exact text.
    public var text: String

    /// Creates a chrome line.
    public init(role: Role, line: Int, text: String) {
        self.role = role
        self.line = line
        self.text = text
    }
}
