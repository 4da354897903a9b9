import WIBCore

/// Which file each post was read from, so that every diagnostic names the file the user has.
///
/// A post read from WIBKit's own Markdown or JSON keeps, as its `PostMetadata.source`, the file
/// it was first read from; warnings raised later (by annotators) name that source. Here each such
/// source is mapped back to the file read, whose line numbers the warnings give. Record only the
/// posts kept after ``DuplicatePosts``: copies of one post share a source.
public struct ReadFiles: Sendable {
    private var fileBySource: [String: String] = [:]

    /// An empty map.
    public init() {}

    /// Records that `post` was read from `file`.
    public mutating func record(_ post: Post, readFrom file: String) {
        guard let source = post.metadata.source, source != file, fileBySource[source] == nil else { return }
        fileBySource[source] = file
    }

    /// `diagnostic`, naming the file read where it names a post's source.
    public func located(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let path = diagnostic.path, let file = fileBySource[path] else { return diagnostic }
        var located = diagnostic
        located.path = file
        return located
    }

    /// The file `post` was read from: its source, or the file that source maps to.
    public func file(of post: Post) -> String? {
        post.metadata.source.map { fileBySource[$0] ?? $0 }
    }
}
