import WIBCore

/// Writes a post as WIBKit's JSON (CONTRACT.md): pretty-printed, keys in the contract's order.
public struct JSONExporter: PostExporter {
    /// Creates the exporter.
    public init() {}

    public func export(_ post: Post) throws -> String {
        try OrderedJSONEncoder().encode(post)
    }
}
