import Foundation
import WIBCore
import WIBReaders
import WIBAnnotators

/// Where the tests find the repository's example posts and, when present, the shared corpus.
public enum TestPaths {
    /// The repository's root folder.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Examples/posts`.
    public static let examplePosts = repository.appendingPathComponent("Examples/posts")

    /// `Tests/Fixtures/Posts`: posts written for the tests, in the shapes FORMAT.md lists (a
    /// browser's copy, the old whatsinblue.org copy, an undated post, the last day of 9999).
    public static let fixturePosts = repository.appendingPathComponent("Tests/Fixtures/Posts")

    /// `../shared/corpus` beside the repository, or `nil` when it is absent (a fresh clone).
    public static let corpus: URL? = {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Why corpus tests are skipped.
    public static let corpusAbsent = "../shared/corpus is absent beside the repository: corpus tests skipped"

    /// The `.txt` files of a folder, sorted.
    public static func posts(in folder: URL?) -> [URL] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Every example post, every fixture post, then every corpus post.
    public static var allPosts: [URL] { posts(in: examplePosts) + posts(in: fixturePosts) + posts(in: corpus) }

    /// The fixture post named `name` (with its extension).
    public static func fixture(_ name: String) throws -> Post {
        try read(fixturePosts.appendingPathComponent(name))
    }

    /// Reads one post file with the stock reader.
    public static func read(_ url: URL) throws -> Post {
        let posts = try PostReader().read(bytes: Array(try Data(contentsOf: url)), path: url.path)
        guard posts.count == 1, let post = posts.first else { throw CocoaError(.fileReadCorruptFile) }
        return post
    }

    /// The example post whose file name starts with `prefix`, with its meetings read.
    public static func example(_ prefix: String) throws -> Post {
        guard let url = posts(in: examplePosts).first(where: { $0.lastPathComponent.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try read(url).withMeetings
    }
}

extension Post {
    /// The post with its meetings read by the meeting annotator (readers leave meetings to the
    /// annotators).
    public var withMeetings: Post { StandardAnnotators.annotate(self, with: [MeetingAnnotator()]) }
}
