import WIBCore

/// Writes a post as WIBKit's JSON (CONTRACT.md): pretty-printed, keys in the contract's order.
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
