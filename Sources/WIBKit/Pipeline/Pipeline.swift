import WIBCore

/// Transformers applied in order to a corpus.
///
/// Build one in Swift with an array or a ``PipelineBuilder`` block, or from a pipeline file with
/// ``PipelineFile/pipeline(registry:)``. A step that fails stops the run with a diagnostic that
/// names the step (and its line in the pipeline file).
public struct Pipeline: Sendable {
    /// A transformer and where it was named.
    public struct Stage: Sendable {
        /// The transformer.
        public var transformer: any Transformer
        /// The pipeline file that named it, if any.
        public var path: String?
        /// Its line in that file.
        public var line: Int?

        /// Creates a stage.
        public init(_ transformer: any Transformer, path: String? = nil, line: Int? = nil) {
            self.transformer = transformer
            self.path = path
            self.line = line
        }
    }

    /// The stages, in order.
    public var stages: [Stage]

    /// Whether a step's error names the step ("step 'export': …"), as it should for a pipeline
    /// that its user wrote; a command that builds its own pipeline (`wib pack`) turns it off, its
    /// steps' names meaning nothing to its user.
    public var namesSteps = true

    /// A pipeline of `transformers`.
    public init(_ transformers: [any Transformer]) {
        stages = transformers.map { Stage($0) }
    }

    /// A pipeline of the transformers `build` lists.
    public init(@PipelineBuilder _ build: () -> [any Transformer]) {
        self.init(build())
    }

    /// A pipeline of `stages`.
    public init(stages: [Stage]) {
        self.stages = stages
    }

    /// The transformers' names, in order.
    public var names: [String] { stages.map { type(of: $0.transformer).name } }

    /// Runs every stage on `corpus`. An error is turned into a diagnostic naming the step, at its
    /// line in the pipeline file (no location for a stage built in Swift); one that already names
    /// a file keeps its location.
    ///
    /// The corpus is taken over (`consuming`): each step's input is let go once the step has
    /// returned its output, so a caller that passes its last copy holds no more than two versions
    /// of the posts at once.
    public func run(_ corpus: consuming Corpus, in context: TransformContext) async throws(Diagnostic) -> Corpus {
        for stage in stages {
            let name = type(of: stage.transformer).name
            do {
                try Task.checkCancellation()
                corpus = try await stage.transformer.transform(consume corpus, in: context)
            } catch let diagnostic as Diagnostic {
                guard diagnostic.path == nil else { throw diagnostic }
                throw .error(namesSteps ? "step '\(name)': \(diagnostic.message)" : diagnostic.message, path: stage.path, line: stage.line)
            } catch {
                throw .error(namesSteps ? "step '\(name)' failed: \(error)" : "\(error)", path: stage.path, line: stage.line)
            }
        }
        return corpus
    }
}
