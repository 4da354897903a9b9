import Foundation
import WIBCore

/// What a run shares with its transformers: where relative paths start, the artifacts exporters
/// produce, and warnings. The run writes the artifacts only after the last step succeeded.
///
/// It is a reference type so that every step of a run adds to the same list; it is safe to use
/// from concurrent tasks.
public final class TransformContext: @unchecked Sendable {
    /// The folder that relative paths in options start from: the pipeline file's folder.
    public let baseDirectory: URL
    /// The output name (without extension) of each input's posts, by ``stemKey(of:)``: the
    /// file's path below the directory the user named, so that `Posts/2024/a.txt` gives `2024/a`.
    public let outputStems: [String: String]
    /// How many posts the run read (copies of one post included), when a run made the context:
    /// an exporter with nothing to write says so.
    public let postsRead: Int?

    private let lock = NSLock()
    private var storedArtifacts: [Artifact] = []
    private var storedWarnings: [Diagnostic] = []
    private var storedFilters: [String] = []

    /// Creates a context.
    public init(baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                outputStems: [String: String] = [:], postsRead: Int? = nil) {
        self.baseDirectory = baseDirectory
        self.outputStems = outputStems
        self.postsRead = postsRead
    }

    /// The artifacts added so far, in the order they were added.
    public var artifacts: [Artifact] { lock.withLock { storedArtifacts } }

    /// The warnings added so far.
    public var warnings: [Diagnostic] { lock.withLock { storedWarnings } }

    /// Adds a file to write at the end of the run. Two artifacts with the same path are an error:
    /// the second would silently replace the first.
    public func add(_ artifact: Artifact) throws(Diagnostic) {
        let clash = lock.withLock {
            if storedArtifacts.contains(where: { $0.relativePath == artifact.relativePath }) { return true }
            storedArtifacts.append(artifact)
            return false
        }
        if clash {
            throw .error("two outputs would both be written to \(artifact.relativePath); give one of them another file name", path: nil)
        }
    }

    /// What the filters of the run so far kept ("country PRK; since 2024-01-01"), in order: a
    /// pack says which filter made it.
    public var filters: [String] { lock.withLock { storedFilters } }

    /// Records what a filter kept.
    public func noteFilter(_ description: String) {
        lock.withLock { storedFilters.append(description) }
    }

    /// Records a warning, printed at the end of the run.
    public func warn(_ warning: Diagnostic) {
        lock.withLock { storedWarnings.append(warning) }
    }

    /// The output name of `post` without extension: the one its input gave it (see
    /// ``InputFile/outputStems(for:)``), or its source's file name.
    public func outputStem(of post: Post) -> String {
        if let key = TransformContext.stemKey(of: post), let stem = outputStems[key] { return stem }
        guard let source = post.metadata.source else { return "post" }
        return ((source as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// What ``outputStems`` is keyed by: a post's source and, since the posts of one feed share
    /// it, its address.
    public static func stemKey(of post: Post) -> String? {
        guard let source = post.metadata.source else { return nil }
        return post.metadata.url.map { "\(source) \($0)" } ?? source
    }
}
