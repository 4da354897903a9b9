import Foundation

/// Converts inputs to one output format: reads each input, annotates and exports each post, and
/// names the output files. Bad inputs become diagnostics; the good ones are still converted.
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

    /// Reads and converts `inputs`; `standardInput` supplies the bytes of `-`.
    public func convert(_ inputs: [InputFile], standardInput: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) }) -> Conversion {
        var conversion = Conversion()
        var producedBy: [String: String] = [:]
        for input in inputs {
            do throws(Diagnostic) {
                let bytes = try input.bytes(standardInput: standardInput)
                let posts = try reader.read(bytes: bytes, path: input.path).map { StandardAnnotators.annotate($0, with: annotators) }
                var artifacts: [Artifact] = []
                for (index, post) in posts.enumerated() {
                    let stem = posts.count == 1 ? input.outputStem : "\(input.outputStem)-\(index + 1)"
                    let name = "\(stem).\(format.fileExtension)"
                    if let other = producedBy[name] {
                        throw .error("its output \(name) would overwrite the output of \(other); rename one of them", path: input.path)
                    }
                    artifacts.append(Artifact(relativePath: name, contents: try export(post, path: input.path)))
                    conversion.diagnostics += post.diagnostics
                }
                for artifact in artifacts { producedBy[artifact.relativePath] = input.path }
                conversion.artifacts += artifacts
                conversion.postCount += posts.count
            } catch {
                conversion.diagnostics.append(error)
            }
        }
        return conversion
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
