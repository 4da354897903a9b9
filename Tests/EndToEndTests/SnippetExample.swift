/// A snippet an article shows (`@Snippet(path: "WIBKit/Snippets/NAME")`), with the lines the
/// article says it prints: the first `text` code block after it, before the next snippet or
/// section.
struct SnippetExample {
    let article: String
    let name: String
    let expected: [Substring]

    static func all(in text: String, article: String) -> [SnippetExample] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var examples: [SnippetExample] = []
        for (index, line) in lines.enumerated() {
            guard line.hasPrefix("@Snippet(path: \"WIBKit/Snippets/"), let end = line.lastIndex(of: "\"") else { continue }
            let name = line[line.index(line.startIndex, offsetBy: "@Snippet(path: \"WIBKit/Snippets/".count)..<end]
            let after = lines[(index + 1)...].prefix { !$0.hasPrefix("@Snippet") && !$0.hasPrefix("## ") && !$0.hasPrefix("### ") }
            var expected: [Substring] = []
            if let start = after.firstIndex(of: "```text"), let close = after[(start + 1)...].firstIndex(of: "```") {
                expected = Array(after[(start + 1)..<close])
            }
            examples.append(SnippetExample(article: article, name: String(name), expected: expected))
        }
        return examples
    }
}
