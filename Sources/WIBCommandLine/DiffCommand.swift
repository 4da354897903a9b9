import ArgumentParser
import Foundation
import WIBArchive
import WIBKit

/// `wib diff OLD NEW`, or `wib diff POST --archive DIR [--versions A,B]`.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a post: meeting facts field by field, then paragraphs.",
        discussion: """
        With two files (any kind wib reads, one post each), compares them. With --archive, POST is \
        part of an archived post's address or path, and its last two versions are compared (or \
        the two --versions named). Both are annotated first, so the meetings compared are the \
        ones wib reads. Prints a line per difference ("meeting 1, date: 2024-06-28 → \
        2024-06-29"), then each paragraph added (+), removed (-) or changed (- then +); \
        "no changes" when they say the same. Exit 0 either way.
        """
    )

    @Argument(help: ArgumentHelp("The old and new post files; with --archive, part of one archived post's address or path.", valueName: "post"))
    var posts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Compare two versions of an archived post.", valueName: "dir"))
    var archive: String?

    @Option(name: .long, help: ArgumentHelp("With --archive: the versions compared (default: the last two).", valueName: "a,b"))
    var versions: String?

    @OptionGroup var reading: ReadingOptions

    private var versionNumbers: (Int, Int)? {
        guard let parts = versions?.split(separator: ","), parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        return (a, b)
    }

    func validate() throws {
        if archive == nil, posts.count != 2 { throw ValidationError("Name the old post's file and the new one's (or one archived post with --archive).") }
        if archive != nil, posts.count != 1 { throw ValidationError("With --archive, name one post: part of its address or path.") }
        if versions != nil, archive == nil { throw ValidationError("--versions is for archived posts; give --archive too.") }
        if versions != nil, versionNumbers == nil { throw ValidationError("--versions \(versions ?? ""): give two version numbers, such as 1,2") }
    }

    func run() async throws {
        let (old, new, header): (Post, Post, [String])
        if let archive {
            let store = try ArchiveOutput.open(archive)
            let pair = try ArchiveOutput.orExit { () throws(Diagnostic) in try store.versionPair(of: posts[0], versions: versionNumbers) }
            (old, new) = (pair.old, pair.new)
            let name = pair.new.metadata.url ?? pair.new.metadata.source ?? posts[0]
            header = ["--- \(name) (version \(pair.numbers.0))", "+++ \(name) (version \(pair.numbers.1))"]
        } else {
            old = try ArchiveOutput.orExit { () throws(Diagnostic) in try read(posts[0]) }
            new = try ArchiveOutput.orExit { () throws(Diagnostic) in try read(posts[1]) }
            header = ["--- \(posts[0])", "+++ \(posts[1])"]
        }
        let lines = PostDiff(old: old, new: new).lines
        print((header + (lines.isEmpty ? ["no changes"] : lines)).joined(separator: "\n"))
    }

    /// The one post in `path`, annotated.
    private func read(_ path: String) throws(Diagnostic) -> Post {
        guard let bytes = FileManager.default.contents(atPath: path) else { throw .error("no such file, or it cannot be read", path: path) }
        let posts = try reading.reader().read(bytes: Array(bytes), path: path)
        guard posts.count == 1, let post = posts.first else {
            throw .error("holds \(posts.count) posts; diff compares one post with another", path: path)
        }
        return StandardAnnotators.annotate(post, with: StandardAnnotators.all)
    }
}
