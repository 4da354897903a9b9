import WIBCore

/// Writes a post as WIBKit's JSON (the JSON reference,
/// Sources/WIBKit/WIBKit.docc/CommandLineAndJSONReference.md): pretty-printed, keys in its order.
public struct JSONExporter: PostExporter {
    /// Creates the exporter.
    public init() {}

    public func export(_ post: Post) throws -> String {
        try OrderedJSONEncoder().encode(post)
    }

    /// Writes many posts as one corpus, `{"schemaVersion": 1, "posts": [...]}`: what external
    /// filters read and `wib` reads back.
    public func export(_ corpus: Corpus) throws -> String {
        try OrderedJSONEncoder().encode(corpus)
    }
}
