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

        // Every post read, with the name its output takes (numbered when an input holds several).
        var read: [(post: Post, name: String, input: String)] = []
        for reading in readings {
            switch reading.result {
            case .success(let posts):
                for (post, stem) in zip(posts, reading.input.outputStems(for: posts)) {
                    read.append((post, "\(stem).\(format.fileExtension)", reading.input.path))
                }
            case .failure(let error):
                conversion.diagnostics.append(error)
            }
        }
        conversion.postCount = read.count
        // Each post once; then an input whose output would overwrite another's is an error.
        let duplicates = DuplicatePosts(read.map(\.post), files: read.map(\.input))
        var files = ReadFiles()
        for index in duplicates.kept { files.record(read[index].post, readFrom: read[index].input) }
        var kept: [(post: Post, name: String)] = []
        var producedBy: [String: String] = [:]
        var clashing = Set<String>()
        for item in duplicates.kept.map({ read[$0] }) {
            if let other = producedBy[item.name], other != item.input {
                if clashing.insert(item.input).inserted {
                    conversion.diagnostics.append(.error("its output \(item.name) would overwrite the output of \(other); rename one of them", path: item.input))
                }
                continue
            }
            producedBy[item.name] = item.input
            kept.append((item.post, item.name))
        }
        let readFiles = files
        let exported = await Batch(width: width) { progress?("writing", $0, $1) }.map(kept) { post, name in
            self.export(post, name: name, files: readFiles)
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

    /// `post` annotated and exported as the file `name`, with its warnings naming the `files` read.
    private func export(_ post: Post, name: String, files: ReadFiles) -> Result<(Artifact, [Diagnostic]), Diagnostic> {
        let annotated = StandardAnnotators.annotate(post, with: annotators)
        do {
            return .success((Artifact(relativePath: name, contents: try format.exporter(options: options).export(annotated)),
                             annotated.diagnostics.map(files.located)))
        } catch {
            return .failure(.error("cannot write \(format.rawValue): \(error)", path: files.file(of: post)))
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
