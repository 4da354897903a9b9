import Testing
import WIBKit

/// Fails with a plain Swift error.
private struct Failing: Transformer {
    static let name = "failing"
    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { throw Boom() }
}

@Suite struct PipelineTests {
    @Test func theBuilderTakesConditionsAndLoops() {
        let wantsPack = false
        let countries: [CountryCode] = ["PRK", "UKR"]
        let pipeline = Pipeline {
            Annotate()
            for country in countries { Filter(country: country) }
            if wantsPack { Export(packFile: "pack.md") } else { Export(.json) }
        }
        #expect(pipeline.names == ["annotate", "filter", "filter", "export"])
    }

    @Test func stepsRunInOrder() async throws {
        let posts = try TestPosts.all()
        let corpus = try await Pipeline([Filter(format: "vote"), Filter(text: "haiti")]).run(Corpus(posts: posts), in: TransformContext())
        #expect(corpus.posts.map(\.metadata.title) == ["Haiti: BINUH Mandate Renewal"])
    }

    @Test func aFailingStepIsNamedWithItsLine() async throws {
        let pipeline = Pipeline(stages: [Pipeline.Stage(Annotate(), path: "wib.yml", line: 3), Pipeline.Stage(Failing(), path: "wib.yml", line: 4)])
        let error = await #expect(throws: Diagnostic.self) { try await pipeline.run(Corpus(), in: TransformContext()) }
        #expect(error?.description == "wib.yml:4: error: step 'failing' failed: boom")
    }

    /// A command's own pipeline (`wib pack`) does not name its steps, which its user never wrote.
    @Test func aPipelineThatNamesNoStepsGivesTheErrorAlone() async throws {
        var pipeline = Pipeline([Annotate(), Failing()])
        pipeline.namesSteps = false
        let error = await #expect(throws: Diagnostic.self) { try await pipeline.run(Corpus(), in: TransformContext()) }
        #expect(error?.description == "error: boom")
    }
}
