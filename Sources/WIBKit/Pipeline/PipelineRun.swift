import Foundation
import WIBCore
import WIBReaders

/// One run of a pipeline: read every input (on every core), leave out posts read twice (see
/// ``DuplicatePosts``), apply the pipeline, then write what the exporters produced into the
/// output folder, all at once. An unreadable input or a failing step stops the
/// run before anything is written.
public struct PipelineRun: Sendable {
    /// The files and folders to read.
    public var inputs: [String]
    /// The output folder; needed only when the pipeline exports.
    public var output: String?
    /// The pipeline.
    public var pipeline: Pipeline
    /// The folder that relative paths in step options start from.
    public var baseDirectory: String
    /// The reader used for every input.
    public var reader: PostReader

    /// What a run did.
    public struct Outcome: Sendable {
        /// Errors and warnings, in the order they arose.
        public var diagnostics: [Diagnostic] = []
        /// How many posts were read.
        public var postsRead = 0
        /// How many posts came out of the last step.
        public var postsKept = 0
        /// The files written.
        public var written: [String] = []

        /// Whether the run failed (and so wrote nothing).
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// A run of `pipeline` over `inputs`, writing into `output`.
    public init(inputs: [String], output: String?, pipeline: Pipeline, baseDirectory: String = ".", reader: PostReader = PostReader()) {
        self.inputs = inputs
        self.output = output
        self.pipeline = pipeline
        self.baseDirectory = baseDirectory
        self.reader = reader
    }

    /// The run a pipeline file describes, with its steps built by `registry`; `inputs` and
    /// `output`, when given, replace the file's (and are taken as they are, not relative to it).
    public init(file: PipelineFile, registry: TransformerRegistry = .standard, inputs: [String]? = nil, output: String? = nil) throws(Diagnostic) {
        let fileInputs = file.inputs.map(file.resolve)
        guard let inputs = inputs.flatMap({ $0.isEmpty ? nil : $0 }) ?? (fileInputs.isEmpty ? nil : fileInputs) else {
            throw .error("no inputs: list them under 'inputs:' or name them on the command line", path: file.path, line: 1)
        }
        self.init(inputs: inputs, output: output ?? file.output.map(file.resolve), pipeline: try file.pipeline(registry: registry),
                  baseDirectory: file.directory.isEmpty ? "." : file.directory)
    }

    /// Runs it; `standardInput` supplies the bytes of `-`; `progress` hears of each file read.
    public func run(standardInput: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> Outcome {
        var outcome = Outcome()
        let (files, collectErrors) = InputCollector().collect(inputs)
        outcome.diagnostics += collectErrors
        var read: [Post] = []
        var stems: [String: String] = [:]
        for reading in await InputReading(reader: reader).read(files, standardInput: standardInput, progress: progress) {
            switch reading.result {
            case .success(let posts):
                for post in posts {
                    stems[post.metadata.source ?? reading.input.path] = reading.input.outputStem
                    outcome.diagnostics += post.diagnostics
                }
                read += posts
            case .failure(let error):
                outcome.diagnostics.append(error)
            }
        }
        let duplicates = DuplicatePosts(read)
        outcome.diagnostics += duplicates.warnings
        let posts = duplicates.kept.map { read[$0] }
        outcome.postsRead = read.count
        guard !outcome.failed else { return outcome }

        let context = TransformContext(baseDirectory: URL(fileURLWithPath: baseDirectory), outputStems: stems, postsRead: read.count)
        do throws(Diagnostic) {
            let corpus = try await pipeline.run(Corpus(posts: posts), in: context)
            outcome.postsKept = corpus.posts.count
            outcome.diagnostics += context.warnings
            let artifacts = context.artifacts
            guard !artifacts.isEmpty else { return outcome }
            guard let output else {
                throw .error("the pipeline exports \(artifacts.count) file\(artifacts.count == 1 ? "" : "s") but names no output folder: set 'output:' in the pipeline file or pass --output", path: nil)
            }
            outcome.written = try ArtifactWriter(directory: URL(fileURLWithPath: output)).writeAll(artifacts)
        } catch {
            outcome.diagnostics += context.warnings.filter { !outcome.diagnostics.contains($0) }
            outcome.diagnostics.append(error)
        }
        return outcome
    }
}
