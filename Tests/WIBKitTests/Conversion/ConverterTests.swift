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

    @Test func aCorpusFileGivesOneNumberedOutputPerPostInAFolderNamedAfterIt() async throws {
        let folder = try TemporaryFolder()
        let posts = try TestPaths.posts(in: TestPaths.examplePosts).prefix(3).map(TestPaths.read)
        let path = try folder.write("three.json", try OrderedJSONEncoder().encode(Corpus(posts: posts)))
        let conversion = await Converter(format: .markdown).convert([InputFile(path: path, outputStem: "three")])
        #expect(conversion.artifacts.map(\.relativePath) == ["three/1.md", "three/2.md", "three/3.md"], "posts without an address are numbered")
    }

    @Test func aFeedsPostsAreNamedAfterTheirAddresses() async throws {
        let feed = TestPaths.repository.appendingPathComponent("Examples/web/whatsinblue-feed.xml").path
        let conversion = await Converter(format: .json).convert([InputFile(path: feed, outputStem: "feed")])
        #expect(conversion.artifacts.count == 4)
        #expect(conversion.artifacts.map(\.relativePath).contains("feed/sudan-open-briefing-12.json"))
        #expect(conversion.artifacts.allSatisfy { $0.relativePath.hasPrefix("feed/") && !$0.relativePath.contains(".php") })
    }

    @Test func twoInputsWithTheSameOutputNameDoNotOverwriteEachOther() async throws {
        let folder = try TemporaryFolder()
        let posts = TestPaths.posts(in: TestPaths.examplePosts)
        let first = try folder.write("one/post.txt", try String(contentsOf: posts[0], encoding: .utf8))
        let second = try folder.write("two/post.txt", try String(contentsOf: posts[1], encoding: .utf8))
        let conversion = await Converter(format: .text).convert([InputFile(path: first, outputStem: "post"), InputFile(path: second, outputStem: "post")])
        #expect(conversion.artifacts.map(\.relativePath) == ["post.txt"])
        #expect(conversion.diagnostics.first { $0.severity == .error }?.description == "\(second):1: error: its output post.txt would overwrite the output of \(first); rename one of them")
    }

    @Test func copiesOfOnePostAreOneWarningOnTheCopyKept() async throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOf: TestPaths.posts(in: TestPaths.examplePosts)[0], encoding: .utf8)
        let inputs = try (1...6).map { InputFile(path: try folder.write("copy\($0).txt", text), outputStem: "copy\($0)") }
        let conversion = await Converter(format: .text).convert(inputs)
        #expect(conversion.artifacts.map(\.relativePath) == ["copy1.txt"])
        let warnings = conversion.diagnostics.filter { $0.message.contains("copies") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.path == inputs[0].path)
        #expect(warnings.first?.message.contains("6 copies of the same post") == true)
        #expect(warnings.first?.message.hasSuffix("left out: \(inputs[1].path), \(inputs[2].path), \(inputs[3].path) and 2 more") == true)
    }

    @Test func standardInputIsReadThroughTheSameReader() async throws {
        let bytes = Array(try Data(contentsOf: TestPaths.posts(in: TestPaths.examplePosts)[0]))
        let conversion = await Converter(format: .markdown).convert([.standardInput], standardInput: { bytes })
        #expect(conversion.artifacts.map(\.relativePath) == ["stdin.md"])
        #expect(conversion.diagnostics.isEmpty)
    }
}
