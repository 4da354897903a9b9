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
    /// Patterns of files and folders left out of the input folders.
    public var excluding: [GlobPattern]
    /// The output folder; needed only when the pipeline exports.
    public var output: String?
    /// The pipeline.
    public var pipeline: Pipeline
    /// The folder that relative paths in step options start from.
    public var baseDirectory: String
    /// The reader used for every input.
    public var reader: PostReader
    /// Whether files in the output folder that wib did not write may be replaced (see
    /// ``ArtifactWriter/overwrites``).
    public var overwrites = false

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
    public init(inputs: [String], excluding: [GlobPattern] = [], output: String?, pipeline: Pipeline, baseDirectory: String = ".",
                reader: PostReader = PostReader()) {
        self.inputs = inputs
        self.excluding = excluding
        self.output = output
        self.pipeline = pipeline
        self.baseDirectory = baseDirectory
        self.reader = reader
    }

    /// The run a pipeline file describes, with its steps built by `registry` and its inputs
    /// read as its `from` and `encoding` say; `inputs` and `output`, when given, replace the
    /// file's (and are taken as they are, not relative to it); `excluding` adds to the file's
    /// `exclude`.
    public init(file: PipelineFile, registry: TransformerRegistry = .standard, inputs: [String]? = nil, excluding: [GlobPattern] = [],
                output: String? = nil) throws(Diagnostic) {
        let fileInputs = file.inputs.map(file.resolve)
        guard let inputs = inputs.flatMap({ $0.isEmpty ? nil : $0 }) ?? (fileInputs.isEmpty ? nil : fileInputs) else {
            throw .error("no inputs: list them under 'inputs:' or name them on the command line", path: file.path, line: 1)
        }
        self.init(inputs: inputs, excluding: file.exclude + excluding, output: output ?? file.output.map(file.resolve),
                  pipeline: try file.pipeline(registry: registry),
                  baseDirectory: file.directory.isEmpty ? "." : file.directory, reader: file.reader)
    }

    /// Runs it; `standardInput` supplies the bytes of `-`; `progress` hears of each file read.
    public func run(standardInput: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> Outcome {
        var outcome = Outcome()
        let (files, collectErrors) = InputCollector(excluding: excluding, outputFolder: output).collect(inputs)
        outcome.diagnostics += collectErrors
        var read: [Post] = []
        var stems: [String: String] = [:]
        var readFrom: [String] = []
        for reading in await InputReading(reader: reader).read(files, standardInput: standardInput, progress: progress) {
            switch reading.result {
            case .success(let posts):
                for (post, stem) in zip(posts, reading.input.outputStems(for: posts)) {
                    stems[TransformContext.stemKey(of: post) ?? reading.input.path] = stem
                    readFrom.append(reading.input.path)
                }
                read += posts
            case .failure(let error):
                outcome.diagnostics.append(error)
            }
        }
        let duplicates = DuplicatePosts(read, files: readFrom)
        var readFiles = ReadFiles()
        for index in duplicates.kept { readFiles.record(read[index], readFrom: readFrom[index]) }
        let posts = duplicates.kept.map { read[$0] }
        outcome.diagnostics += posts.flatMap(\.diagnostics).map(readFiles.located)
        outcome.diagnostics += duplicates.warnings
        outcome.postsRead = read.count
        // The posts as read are handed over whole, so that the pipeline lets each version go
        // once the next step has made its own (annotated posts are about three times as large).
        read = []
        guard !outcome.failed else { return outcome }

        let context = TransformContext(baseDirectory: URL(fileURLWithPath: baseDirectory), outputStems: stems, postsRead: outcome.postsRead)
        do throws(Diagnostic) {
            let corpus = try await pipeline.run(Corpus(posts: consume posts), in: context)
            outcome.postsKept = corpus.posts.count
            // What the steps found in the posts that came out (the annotators' warnings).
            let reported = Set(outcome.diagnostics)
            outcome.diagnostics += corpus.posts.flatMap(\.diagnostics).map(readFiles.located).filter { !reported.contains($0) }
            outcome.diagnostics += context.warnings.map(readFiles.located)
            let artifacts = context.artifacts
            guard !artifacts.isEmpty else { return outcome }
            guard let output else {
                throw .error("the pipeline exports \(artifacts.count) file\(artifacts.count == 1 ? "" : "s") but names no output folder: set 'output:' in the pipeline file or pass --output", path: nil)
            }
            let writer = ArtifactWriter(directory: URL(fileURLWithPath: output), protecting: files.filter { $0 != .standardInput }.map(\.path),
                                        overwrites: overwrites)
            outcome.written = try writer.writeAll(artifacts)
        } catch {
            outcome.diagnostics += context.warnings.filter { !outcome.diagnostics.contains($0) }
            outcome.diagnostics.append(error)
        }
        return outcome
    }
}
