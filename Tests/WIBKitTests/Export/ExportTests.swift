import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct ExportTests {
    @Test func onePerPostNamedAfterTheInputAndNumberedWithinOneInput() async throws {
        let sudan = try TestPosts.sudan(), haiti = try TestPosts.haiti()
        let context = TransformContext(outputStems: [sudan.metadata.source ?? "": "2025/sudan"])
        _ = try await Export(.json, folder: "json").transform(Corpus(posts: [sudan, haiti, haiti]), in: context)
        #expect(context.artifacts.map(\.relativePath) == ["json/2025/sudan.json", "json/2024-12-30-haiti-mandate-renewal-1.json",
                                                         "json/2024-12-30-haiti-mandate-renewal-2.json"])
        #expect(try context.artifacts[0].contents == JSONExporter().export(sudan))
    }

    @Test func twoExportsToOnePathFail() async throws {
        let context = TransformContext()
        let corpus = Corpus(posts: [try TestPosts.sudan()])
        _ = try await Export(packFile: "a.md").transform(corpus, in: context)
        await #expect(throws: Diagnostic.self) { try await Export(packFile: "a.md").transform(corpus, in: context) }
    }

    @Test func thePackTakesEveryPost() async throws {
        let context = TransformContext()
        let posts = try TestPosts.all()
        _ = try await Export(packFile: "week/pack.md", title: "The week").transform(Corpus(posts: posts), in: context)
        let pack = try #require(context.artifacts.first)
        #expect(pack.relativePath == "week/pack.md")
        #expect(pack.contents.contains("# The week\n"))
        for post in posts { #expect(pack.contents.contains("### \(post.metadata.title)\n")) }
    }

    @Test func anEmptyPackIsAnErrorThatSaysWhyUnlessAllowed() async throws {
        let filtered = TransformContext(postsRead: 7)
        filtered.noteFilter("since 2030-01-01")
        let error = await #expect(throws: Diagnostic.self) { try await Export(packFile: "p.md").transform(Corpus(), in: filtered) }
        #expect(error?.message == "the pack p.md would list no posts: of the 7 posts read, none met the filter (since 2030-01-01); nothing was written (--allow-empty, or allowEmpty: true in a pipeline file, writes it anyway)")
        #expect(filtered.artifacts.isEmpty)

        let nothingRead = await #expect(throws: Diagnostic.self) { try await Export(packFile: "p.md").transform(Corpus(), in: TransformContext(postsRead: 0)) }
        #expect(nothingRead?.message.hasPrefix("the pack p.md would list no posts: no posts were read;") == true)
        let dropped = await #expect(throws: Diagnostic.self) { try await Export(packFile: "p.md").transform(Corpus(), in: TransformContext(postsRead: 1)) }
        #expect(dropped?.message.hasPrefix("the pack p.md would list no posts: none of the 1 post read reached it;") == true)

        let allowed = TransformContext(postsRead: 7)
        _ = try await Export(packFile: "p.md", allowsEmpty: true).transform(Corpus(), in: allowed)
        #expect(allowed.artifacts.map(\.relativePath) == ["p.md"])
        #expect(allowed.warnings.map(\.message) == ["no post reached the pack p.md; it lists none"])
    }

    @Test func aPackFileOfAnotherFormatFailsWhenTheStepRuns() async throws {
        let error = await #expect(throws: Diagnostic.self) { try await Export(packFile: "p.pdf").transform(Corpus(posts: [try TestPosts.sudan()]), in: TransformContext()) }
        #expect(error?.message.hasPrefix("cannot write the pack p.pdf: a pack is written as Markdown or HTML") == true)
    }

    @Test func allowEmptyInAPipelineFile() throws {
        let file = try PipelineFile(yaml: "pipeline:\n  - export: {format: pack, file: p.htm, allowEmpty: true}\n", path: "wib.yml")
        let export = try #require(try file.pipeline().stages.first?.transformer as? Export)
        #expect(export.allowEmpty && export.file == "p.htm")
    }

    @Test func aCorpusIsOneJSONFileThatReadsBackAndMeetsTheSchema() async throws {
        let context = TransformContext()
        let posts = try TestPosts.all()
        _ = try await Export(corpusFile: "all.json").transform(Corpus(posts: posts), in: context)
        let corpus = try #require(context.artifacts.first)
        #expect(corpus.relativePath == "all.json")
        #expect(try PostReader().read(bytes: Array(corpus.contents.utf8), path: "all.json") == posts)
        let schema = try JSONSchemaValidator(schema: Data(contentsOf: TestPaths.repository.appendingPathComponent("Sources/WIBExporters/JSON/post.schema.json")))
        #expect(try schema.errors(in: Data(corpus.contents.utf8)) == [])
    }

    @Test(arguments: [
        ("{format: markdown, file: a.md}", "'file' is for format: pack"),
        ("{format: pack, folder: x}", "a pack is one file: give 'file', not 'folder'"),
        ("{format: pack, file: ../a.md}", "'../a.md' must be a relative path inside the output folder"),
        ("{format: json, folder: /tmp}", "'/tmp' must be a relative path inside the output folder"),
        ("{format: corpus, title: All}", "'title' is not an option of format: corpus"),
        ("{format: pack, file: dprk.pdf}", "'dprk.pdf': a pack is written as Markdown or HTML; its file ends in .md, .markdown, .html or .htm"),
        ("{format: pack, file: dprk}", "'dprk': a pack is written as Markdown or HTML"),
        ("{format: json, allowEmpty: true}", "'allowEmpty' is for format: pack"),
        ("{format: corpus, allowEmpty: true}", "'allowEmpty' is not an option of format: corpus"),
    ])
    func badOptionCombinations(_ options: String, _ message: String) throws {
        let file = try PipelineFile(yaml: "pipeline:\n  - export: \(options)\n", path: "wib.yml")
        let error = #expect(throws: Diagnostic.self) { try file.pipeline() }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }
}
