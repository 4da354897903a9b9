import Testing
import WIBReaders

/// How a pack wib wrote is told from posts: its front matter's `posts:`, or its generator element
/// within the first 2048 characters.
@Suite struct PackSignatureTests {
    private static let generator = "<meta name=\"generator\" content=\"WIBKit pack\">"

    private func matches(_ text: String) throws -> Bool {
        PackSignature.matches(try SourceText(text: text, path: "pack.html"))
    }

    @Test func theGeneratorElementWithinTheFirst2048Characters() throws {
        #expect(try matches("<!DOCTYPE html>\n<html><head>\(PackSignatureTests.generator)</head><body>x</body></html>"))
        #expect(try matches(String(repeating: "é", count: 1500) + PackSignatureTests.generator), "2048 characters, not bytes")
        #expect(try !matches(String(repeating: "é", count: 2020) + PackSignatureTests.generator), "it ends after character 2048")
        #expect(try !matches(String(repeating: "x", count: 3000) + PackSignatureTests.generator))
        #expect(try !matches("<html><head><meta name=\"generator\" content=\"WIBKit\"></head></html>"))
    }

    @Test func frontMatterThatListsPosts() throws {
        #expect(try matches("---\ntitle: Pack\nposts:\n- title: A\n---\n\n# Pack\n"))
        #expect(try !matches("---\ntitle: A post\n---\n\nposts: are listed here\n"))
        #expect(try matches("---\ntitle: Pack\nposts: []\n"), "a front matter that never closes")
    }
}
