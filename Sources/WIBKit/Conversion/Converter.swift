import Foundation

/// Converts inputs to one output format: reads every input, leaves out posts read twice (see
/// ``DuplicatePosts``), annotates and exports each post, and names the output files. Reading and
/// exporting run on every core; the result is the same as a serial run's. Bad inputs become
/// diagnostics; the good ones are still converted.
public struct Converter: Sendable {
    /// The format written.
    public let format: OutputFormat
    /// The reader used for every input.
    public let reader: PostReader
    /// The annotators applied to every post, in order.
    public let annotators: [any Annotator]
    /// How the posts are written.
    public let options: ExportOptions

    /// Creates a converter.
    public init(format: OutputFormat, reader: PostReader = PostReader(), annotators: [any Annotator] = StandardAnnotators.all,
                options: ExportOptions = ExportOptions()) {
        self.format = format
        self.reader = reader
        self.annotators = annotators
        self.options = options
    }

    /// Reads and converts `inputs`; `standardInput` supplies the bytes of `-`; `progress` hears
    /// of each file read and each post written (phase, done, total).
    public func convert(_ inputs: [InputFile], width: Int = ProcessInfo.processInfo.activeProcessorCount,
                        standardInput: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                        progress: (@Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void)? = nil) async -> Conversion {
        var conversion = Conversion()
        let readings = await InputReading(reader: reader, width: width).read(inputs, standardInput: standardInput) { progress?("reading", $0, $1) }

        // Every post with its output name; an input whose names clash with another's is an error.
        var named: [(post: Post, name: String)] = []
        var producedBy: [String: String] = [:]
        for reading in readings {
            guard case .success(let posts) = reading.result else {
                if case .failure(let error) = reading.result { conversion.diagnostics.append(error) }
                continue
            }
            let names = posts.indices.map { "\(posts.count == 1 ? reading.input.outputStem : "\(reading.input.outputStem)-\($0 + 1)").\(format.fileExtension)" }
            if let clash = names.first(where: { producedBy[$0] != nil }) {
                conversion.diagnostics.append(.error("its output \(clash) would overwrite the output of \(producedBy[clash] ?? ""); rename one of them", path: reading.input.path))
                continue
            }
            for (post, name) in zip(posts, names) {
                producedBy[name] = reading.input.path
                named.append((post, name))
            }
        }

        let duplicates = DuplicatePosts(named.map(\.post))
        let kept = duplicates.kept.map { named[$0] }
        conversion.postCount = named.count
        let exported = await Batch(width: width) { progress?("writing", $0, $1) }.map(kept.map { ($0.post, $0.name) }) { post, name in
            self.export(post, name: name)
        }
        // Diagnostics in input order: each input's posts' warnings, then the duplicates left out.
        for result in exported {
            switch result {
            case .success(let (artifact, warnings)):
                conversion.artifacts.append(artifact)
                conversion.diagnostics += warnings
            case .failure(let error):
                conversion.diagnostics.append(error)
            }
        }
        conversion.diagnostics += duplicates.warnings
        return conversion
    }

    /// `post` annotated and exported as the file `name`, with its warnings.
    private func export(_ post: Post, name: String) -> Result<(Artifact, [Diagnostic]), Diagnostic> {
        let annotated = StandardAnnotators.annotate(post, with: annotators)
        do {
            return .success((Artifact(relativePath: name, contents: try format.exporter(options: options).export(annotated)), annotated.diagnostics))
        } catch {
            return .failure(.error("cannot write \(format.rawValue): \(error)", path: post.metadata.source))
        }
    }

    /// The post in `format`.
    public func export(_ post: Post, path: String) throws(Diagnostic) -> String {
        do {
            return try format.exporter(options: options).export(post)
        } catch {
            throw .error("cannot write \(format.rawValue): \(error)", path: path)
        }
    }
}
