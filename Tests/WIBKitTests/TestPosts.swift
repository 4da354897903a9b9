import WIBKit
import WIBTestSupport

/// The example posts the transformer tests work on, annotated as a pipeline's `annotate` step
/// leaves them.
enum TestPosts {
    /// The Sudan open briefing (requested by the UK; Tags and footer).
    static func sudan() throws -> Post { try annotated("2025-03-12-sudan") }
    /// The Haiti mandate renewal (a vote; a `*` title).
    static func haiti() throws -> Post { try annotated("2024-12-30-haiti") }
    /// The Arria-formula meeting (a list of speakers).
    static func arria() throws -> Post { try annotated("2023-09-14-arria") }
    /// Every example post, in file order.
    static func all() throws -> [Post] {
        try TestPaths.posts(in: TestPaths.examplePosts).map { StandardAnnotators.annotate(try TestPaths.read($0)) }
    }

    private static func annotated(_ prefix: String) throws -> Post {
        StandardAnnotators.annotate(try TestPaths.example(prefix))
    }
}
