// A transformer that a pipeline file can name, its options declared once as properties, and
// registered beside the built-in ones.
import WIBKit

struct TagFormat: ConfigurableTransformer {
    static let name = "tag-format"
    static let summary = "Tags each post with the formats of its meetings."

    /// Which meetings to tag: an enumeration of our own is an option's type once it says so.
    enum Meetings: String, CaseIterable, ExpressibleByOption { case first, all }

    // The option's name is the property's, its default the initial value.
    @Option(help: "Put before each tag.") var prefix = "format"
    @Option(help: "Tag the first meeting, or all of them.") var meetings = Meetings.first

    init() {}

    func validate() throws {
        if prefix.isEmpty { throw OptionError("the prefix cannot be empty", at: $prefix) }
    }

    func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        var corpus = corpus
        for index in corpus.posts.indices {
            let post = corpus.posts[index]
            let tagged = meetings == .first ? Array(post.meetings.prefix(1)) : post.meetings
            corpus.posts[index].metadata.tags += tagged.compactMap(\.format).map { "\(prefix): \($0)" }
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

        Colombia: Briefing and Vote

        This morning (2 March), the Security Council will hold a briefing on Colombia. Tomorrow (3 March), members will vote on a draft resolution renewing the mandate of the Verification Mission.
        """, path: "colombia.txt"))
    let result = try await pipeline.run(Corpus(posts: posts), in: TransformContext())
    print("tags:", result.posts[0].metadata.tags)
}

// What `wib transformers` shows of each option.
for option in TagFormat.options {
    print(option.synopsis)
}
for yaml in [
    "pipeline: [annotate, {tag-format: {prefix: meeting, meetings: all}}]",
    "pipeline: [{tag-format: {prefx: meeting}}]",
    "pipeline: [{tag-format: {meetings: al}}]",
    "pipeline: [{tag-format: {prefix: ''}}]",
] {
    do {
        try await run(yaml)
    } catch {
        print(error)  // wib.yml:LINE: error: …
    }
}
