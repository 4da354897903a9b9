import Foundation
import WIBKit

/// Adds posts read from files and folders to an archive: every input is read as `wib pack`
/// reads it (any kind wib reads, folders recursively, posts read twice kept once), annotated,
/// then added in one transaction (``Archive/add(_:validators:files:)``). An input that cannot be
/// read stops the run before the archive is touched. A file whose text is what it was when it was
/// last indexed is not read again, unless ``rereads``.
public struct ArchiveIndexing: Sendable {
    /// The files and folders to read (`-` for standard input).
    public var inputs: [String]
    /// Patterns of files and folders left out of the folders read.
    public var excluding: [GlobPattern]
    /// The reader.
    public var reader: PostReader
    /// Whether files unchanged since they were indexed are read again (after an upgrade of wib,
    /// whose annotators may find more in them).
    public var rereads = false

    /// What a run did.
    public struct Outcome: Sendable {
        /// Errors and warnings, in the order they arose.
        public var diagnostics: [Diagnostic] = []
        /// How many posts were read (copies of one post counted apart).
        public var postsRead = 0
        /// How many files were left out as unchanged since they were indexed.
        public var filesUnchanged = 0
        /// What the archive made of them.
        public var changes = Archive.Changes()

        /// Whether the run failed (and so left the archive as it was).
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// A run over `inputs`.
    public init(inputs: [String], excluding: [GlobPattern] = [], reader: PostReader = PostReader()) {
        self.inputs = inputs
        self.excluding = excluding
        self.reader = reader
    }

    /// Reads, annotates and adds the posts to `archive`; the archive's folder is never read as
    /// input. `progress` hears of each file read.
    public func run(into archive: Archive, standardInput: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> Outcome {
        var outcome = Outcome()
        do throws(Diagnostic) {
            let unchanged = UnchangedFiles(known: rereads ? [:] : try archive.fileHashes())
            let collected = Collected()
            let pipeline = Pipeline {
                Annotate()
                Collect(into: collected)
            }
            let run = PipelineRun(inputs: inputs, excluding: excluding, output: archive.folder.path, pipeline: pipeline,
                                  reader: unchanged.reader(over: reader))
            let result = await run.run(standardInput: standardInput, progress: progress)
            (outcome.diagnostics, outcome.postsRead, outcome.filesUnchanged) = (result.diagnostics, result.postsRead, unchanged.skippedCount)
            guard !outcome.failed else { return outcome }
            outcome.changes = try archive.add(collected.entries, files: unchanged.hashes)
        } catch {
            outcome.diagnostics.append(error)
        }
        return outcome
    }

    /// The entries a run made, handed from the pipeline to the run.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [ArchiveEntry] = []
        var entries: [ArchiveEntry] {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// The last step: makes each annotated post an entry (on every core), and lets the posts go
    /// but for their metadata and warnings (which the run reports).
    private struct Collect: Transformer {
        static let name = "archive"
        let into: Collected

        func transform(_ corpus: consuming Corpus, in context: TransformContext) async throws -> Corpus {
            let results = await Batch().map(corpus.posts) { post in Result { try ArchiveEntry(post) } }
            into.entries = try results.map { try $0.get() }
            return Corpus(posts: corpus.posts.map { Post(metadata: $0.metadata, diagnostics: $0.diagnostics) })
        }
    }
}
