import Foundation
import Testing
import WIBCore
import WIBTestSupport

/// Nothing of a post is lost: every line of the file is either page furniture kept in the
/// metadata, or text of the body, in order.
@Suite struct LosslessTests {
    /// The words of a text, with bullets (layout) left out.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace).filter { $0 != "•" }
    }

    @Test(arguments: TestPaths.allPosts)
    func everyWordOfTheFileIsInTheMetadataOrTheBodyInOrder(_ url: URL) throws {
        let source = try String(contentsOf: url, encoding: .utf8)
        let post = try TestPaths.read(url)
        var pieces: [(line: Int, text: String)] = post.metadata.chrome.map { ($0.line, $0.text) }
        pieces += post.body.map { ($0.range.firstLine, $0.plainText) }
        let rebuilt = pieces.sorted { $0.line < $1.line }.map(\.text).joined(separator: "\n")
        #expect(LosslessTests.words(rebuilt) == LosslessTests.words(source))
    }

    @Test(arguments: TestPaths.allPosts)
    func eachBlockIsExactlyTheTextOfItsLines(_ url: URL) throws {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let post = try TestPaths.read(url)
        for block in post.body {
            let range = block.range
            let expected = lines[(range.firstLine - 1)..<range.lastLine]
                .filter { !$0.allSatisfy(\.isWhitespace) }
                .map { line -> String in
                    let trimmed = line.drop { $0.isWhitespace }
                    let unbulleted = trimmed.first == "•" ? trimmed.dropFirst().drop { $0.isWhitespace } : trimmed
                    return String(unbulleted.reversed().drop { $0.isWhitespace }.reversed())
                }
                .joined(separator: "\n")
            #expect(block.plainText == expected, "block at line \(range)")
        }
    }

    @Test(.enabled(if: TestPaths.corpus != nil, "\(TestPaths.corpusAbsent)"))
    func bodyTextOfTheCorpusHoldsEveryParagraphVerbatim() throws {
        for url in TestPaths.posts(in: TestPaths.corpus) {
            let post = try TestPaths.read(url)
            let source = try String(contentsOf: url, encoding: .utf8)
            let chrome = Set(post.metadata.chrome.map(\.line))
            for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !chrome.contains(index + 1) && !line.allSatisfy(\.isWhitespace) {
                #expect(post.bodyText.contains(line.trimmingCharacters(in: .whitespaces)), "\(url.lastPathComponent):\(index + 1)")
            }
        }
    }
}
