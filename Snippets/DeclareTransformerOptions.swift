// A transformer that a pipeline file can name, with an option, registered beside the built-in ones.
import WIBKit

struct TagFormat: ConfigurableTransformer {
    static let name = "tag-format"
    static let summary = "Tags each post with the format of its first meeting."
    @Option(help: "Put before each tag.") var prefix = "format"

    init() {}

    func validate() throws {
        if prefix.isEmpty { throw OptionError("the prefix cannot be empty", at: $prefix) }
    }

    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        var corpus = corpus
        for index in corpus.posts.indices {
            if let format = corpus.posts[index].meeting.format { corpus.posts[index].metadata.tags.append("\(prefix): \(format)") }
        }
        return corpus
    }
}

/// Builds the pipeline of `yaml` (a wib.yml) with `tag-format` registered, and runs it on one post.
func run(_ yaml: String) async throws {
    var registry = TransformerRegistry.standard
    try registry.register(TagFormat.self)
    let pipeline = try PipelineFile(yaml: yaml, path: "wib.yml").pipeline(registry: registry)
    let posts = try PostReader().read(SourceText(text: """
        Posted Mon 2 Mar 2026

        Colombia: Briefing

        This morning (2 March), the Security Council will hold a briefing on Colombia.
        """, path: "colombia.txt"))
    let result = try await pipeline.run(Corpus(posts: posts), in: TransformContext())
    print("tags:", result.posts[0].metadata.tags)
}

for yaml in ["pipeline: [annotate, {tag-format: {prefix: meeting}}]", "pipeline: [{tag-format: {prefx: meeting}}]"] {
    do {
        try await run(yaml)
    } catch {
        print(error)  // wib.yml:LINE: error: …
    }
}
