/// The lines of the source file a node came from, 1-based and inclusive.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first line.
    public var firstLine: Int
    /// The last line (equal to `firstLine` for a one-line node).
    public var lastLine: Int

    /// Creates a range from `firstLine` through `lastLine`.
    public init(firstLine: Int, lastLine: Int) {
        self.firstLine = firstLine
        self.lastLine = max(firstLine, lastLine)
    }

    /// A range of one line.
    public init(line: Int) {
        self.init(firstLine: line, lastLine: line)
    }

    /// `12` or `12-14`.
    public var description: String {
        firstLine == lastLine ? "\(firstLine)" : "\(firstLine)-\(lastLine)"
    }

    private enum CodingKeys: String, CodingKey { case line, lastLine }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let first = try c.decode(Int.self, forKey: .line)
        self.init(firstLine: first, lastLine: try c.decodeIfPresent(Int.self, forKey: .lastLine) ?? first)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(firstLine, forKey: .line)
        if lastLine != firstLine { try c.encode(lastLine, forKey: .lastLine) }
    }
}
