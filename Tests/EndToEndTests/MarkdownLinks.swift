import Foundation

/// The links of a Markdown file (outside code) and the anchors its headings give, as GitHub
/// makes them.
struct MarkdownLinks {
    var targets: [String] = []
    var anchors: Set<String> = []

    init(_ text: String) {
        var inCode = false
        var prose: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            guard !inCode else { continue }
            if line.hasPrefix("#") { anchors.insert(MarkdownLinks.anchor(line.drop { $0 == "#" })) }
            prose.append(line)
        }
        // Code spans are not links.
        let withoutCode = DocumentationEndToEndTests.matches(of: "`[^`]*`", in: prose.joined(separator: "\n"))
            .reduce(prose.joined(separator: "\n")) { $0.replacingOccurrences(of: $1, with: "") }
        targets = DocumentationEndToEndTests.matches(of: #"\]\([^)\s]+\)"#, in: withoutCode).map { String($0.dropFirst(2).dropLast()) }
    }

    /// GitHub's anchor of a heading: lower case, letters, digits, `-` and `_` kept, spaces to `-`.
    static func anchor(_ heading: Substring) -> String {
        String(heading.trimmingCharacters(in: .whitespaces).lowercased()
            .filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " }
            .map { $0 == " " ? "-" : $0 })
    }

    /// A link's path and its fragment.
    static func split(_ target: String) -> (path: String, fragment: String?) {
        guard let hash = target.firstIndex(of: "#") else { return (target, nil) }
        return (String(target[..<hash]), String(target[target.index(after: hash)...]))
    }
}
