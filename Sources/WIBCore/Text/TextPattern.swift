import Foundation

/// A regular expression compiled once and shared (ICU's, through `NSRegularExpression`, which is
/// `Sendable`), matched against Swift strings. Swift's `Regex` is not `Sendable`, so readers and
/// annotators had to compile theirs for every post, and it matches several times slower.
///
/// Matching inside a range treats the range's ends as the text's ends (`^`, `$`, `\b`), as
/// matching a `Substring` does.
public struct TextPattern: Sendable {
    private let expression: NSRegularExpression

    /// Compiles `pattern`; the patterns are constants of this module, so a bad one is a bug.
    public init(_ pattern: String) {
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("bad pattern \(pattern): \(error)")
        }
    }

    /// Every match in `text`, or in `range` of it, in order.
    public func matches(in text: String, range: Range<String.Index>? = nil) -> [PatternMatch] {
        expression.matches(in: text, range: NSRange(range ?? text.startIndex..<text.endIndex, in: text))
            .compactMap { PatternMatch(result: $0, in: text) }
    }

    /// The match that starts where `range` (or `text`) starts, if any.
    public func prefixMatch(in text: String, range: Range<String.Index>? = nil) -> PatternMatch? {
        expression.firstMatch(in: text, options: .anchored, range: NSRange(range ?? text.startIndex..<text.endIndex, in: text))
            .flatMap { PatternMatch(result: $0, in: text) }
    }

    /// The first match in `text`, or in `range` of it.
    public func firstMatch(in text: String, range: Range<String.Index>? = nil) -> PatternMatch? {
        expression.firstMatch(in: text, range: NSRange(range ?? text.startIndex..<text.endIndex, in: text))
            .flatMap { PatternMatch(result: $0, in: text) }
    }
}

/// One match of a ``TextPattern``: its range and its named groups, in the text's own indices.
public struct PatternMatch {
    /// What the whole pattern matched.
    public let range: Range<String.Index>
    private let result: NSTextCheckingResult
    private let text: String

    init?(result: NSTextCheckingResult, in text: String) {
        guard let range = Range(result.range, in: text) else { return nil }
        self.range = range
        self.result = result
        self.text = text
    }

    /// The text the whole pattern matched.
    public var output: Substring { text[range] }

    /// The text group `name` matched, or `nil` when it took no part.
    public subscript(_ name: String) -> Substring? {
        Range(result.range(withName: name), in: text).map { text[$0] }
    }

    /// The range group `name` matched.
    public func range(of name: String) -> Range<String.Index>? {
        Range(result.range(withName: name), in: text)
    }
}
