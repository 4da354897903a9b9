import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct ConverterTests {
    @Test func aBatchReportsEveryBadFileAndConvertsTheGoodOnes() async throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: TestPaths.examplePosts, to: folder.url.appendingPathComponent("posts"))
        try folder.write("posts/empty.txt", "")
        try folder.write("posts/binary.txt", "abc\u{0}def")
        try folder.write("posts/page.html", "<html><body>x</body></html>")
        let (inputs, _) = InputCollector().collect([folder.url.appendingPathComponent("posts").path])
        let conversion = await Converter(format: .json).convert(inputs)
        let errors = conversion.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0.path?.hasPrefix(folder.url.path) == true && $0.line != nil })
        #expect(conversion.postCount == TestPaths.posts(in: TestPaths.examplePosts).count)
        #expect(conversion.artifacts.map(\.relativePath).allSatisfy { $0.hasSuffix(".json") })
    }

    @Test func aCorpusFileGivesOneNumberedOutputPerPost() async throws {
        let folder = try TemporaryFolder()
        let posts = try TestPaths.posts(in: TestPaths.examplePosts).prefix(3).map(TestPaths.read)
        let path = try folder.write("three.json", try OrderedJSONEncoder().encode(Corpus(posts: posts)))
        let conversion = await Converter(format: .markdown).convert([InputFile(path: path, outputStem: "three")])
        #expect(conversion.artifacts.map(\.relativePath) == ["three-1.md", "three-2.md", "three-3.md"])
    }

    @Test func twoInputsWithTheSameOutputNameDoNotOverwriteEachOther() async throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOf: TestPaths.posts(in: TestPaths.examplePosts)[0], encoding: .utf8)
        let first = try folder.write("one/post.txt", text)
        let second = try folder.write("two/post.txt", text)
        let conversion = await Converter(format: .text).convert([InputFile(path: first, outputStem: "post"), InputFile(path: second, outputStem: "post")])
        #expect(conversion.artifacts.map(\.relativePath) == ["post.txt"])
        #expect(conversion.diagnostics.first?.path == second)
    }

    @Test func standardInputIsReadThroughTheSameReader() async throws {
        let bytes = Array(try Data(contentsOf: TestPaths.posts(in: TestPaths.examplePosts)[0]))
        let conversion = await Converter(format: .markdown).convert([.standardInput], standardInput: { bytes })
        #expect(conversion.artifacts.map(\.relativePath) == ["stdin.md"])
        #expect(conversion.diagnostics.isEmpty)
    }
}
