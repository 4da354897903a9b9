import Testing
import WIBKit

/// A user's transformer: drops every post.
private struct DropAll: ConfigurableTransformer {
    static let name = "drop-all"
    static let summary = "Drops every post."
    init() {}
    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus { Corpus() }
}

@Suite struct TransformerRegistryTests {
    @Test func theStandardRegistryHasTheBuiltInTransformers() {
        #expect(TransformerRegistry.standard.names == ["annotate", "filter", "strip-boilerplate", "drop-sections", "exec", "export"])
    }

    @Test func anUnknownNameListsTheKnownOnes() {
        let error = #expect(throws: Diagnostic.self) {
            try TransformerRegistry.standard.make(PipelineStep(name: "filtr", line: 5), path: "wib.yml")
        }
        #expect(error?.description == "wib.yml:5: error: unknown transformer 'filtr'; the transformers are: annotate, filter, strip-boilerplate, drop-sections, exec, export")
    }

    @Test func aUserTransformerRegistersUnderItsOwnNameButCannotTakeAnother() async throws {
        var registry = TransformerRegistry.standard
        try registry.register(DropAll.self)
        #expect(registry.names.last == "drop-all")
        let made = try registry.make(PipelineStep(name: "drop-all"), path: nil)
        let post = try TestPosts.sudan()
        #expect(try await made.transform(Corpus(posts: [post]), in: TransformContext()).posts.isEmpty)
        #expect(throws: Diagnostic.self) { try registry.register(DropAll.self) }
    }

    @Test func semanticChecksOfATransformerAreLocatedAtTheOption() {
        let value = OptionValue(.mapping([
            .init(key: "since", value: .scalar("2024-05-01", line: 3)), .init(key: "until", value: .scalar("2024-01-01", line: 4)),
        ]), line: 3)
        let error = #expect(throws: Diagnostic.self) {
            try TransformerRegistry.standard.make(PipelineStep(name: "filter", options: value, line: 2), path: "wib.yml")
        }
        #expect(error?.description == "wib.yml:4: error: 'filter' option 'until': 'since' (2024-05-01) is after 'until' (2024-01-01); no post could match")
    }
}
