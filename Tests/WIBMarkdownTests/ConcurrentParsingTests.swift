import Foundation
import Testing
import WIBCore
@testable import WIBMarkdown

/// cmark-gfm keeps the characters its extensions look for (`~` for strikethrough) in one table
/// for the whole process, added when a parser starts and taken away when it ends: parsers on two
/// threads must not overlap, or one reads `~~b~~` as text while the other ends.
@Suite struct ConcurrentParsingTests {
    @Test func parsersOnEveryCoreReadStrikethroughAlike() {
        let lock = NSLock()
        nonisolated(unsafe) var texts: [String] = []
        DispatchQueue.concurrentPerform(iterations: 2_000) { index in
            let dialect: CommonMarkParser.Dialect = index.isMultiple(of: 2) ? .wibKit : .gitHub
            let text = CommonMarkParser(dialect: dialect).parse("a ~~b~~ c\n").first?.inlines.plainText ?? ""
            lock.withLock { texts.append(text) }
        }
        #expect(texts.count == 2_000)
        #expect(texts.filter { $0 != "a b c" }.isEmpty, "\(Set(texts))")
    }
}
