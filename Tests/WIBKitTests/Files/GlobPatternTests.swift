import Testing
import WIBKit

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("drafts", "drafts", true), ("drafts", "2024/drafts", true), ("drafts", "drafts-old", false),
        ("*.bak.txt", "2024/a.bak.txt", true), ("*.bak.txt", "a.txt", false),
        ("2019/*", "2019/a.txt", true), ("2019/*", "2019/deep/a.txt", true), ("2019/*", "2020/a.txt", false),
        ("./2019/*", "2019/a.txt", true), ("[ab].txt", "b.txt", true), ("?.txt", "ab.txt", false),
    ])
    func namesWithoutASlashPathsWithOne(_ pattern: String, _ path: String, _ matches: Bool) throws {
        #expect(try #require(GlobPattern(pattern)).matches(relativePath: path) == matches)
    }

    @Test func anEmptyPatternIsRefused() {
        #expect(GlobPattern("") == nil)
    }
}
