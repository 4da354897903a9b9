import Foundation
import Subprocess
import WIBCore
import WIBExporters
import WIBReaders

/// An external filter: any program that reads the corpus as JSON on standard input,
/// `{"schemaVersion": 1, "posts": [...]}`, and writes the same shape to standard output, as
/// pandoc's JSON filters do.
///
/// A non-zero exit, a death by signal, a run over the time limit, more than 64 MiB on standard
/// output or 1 MiB on standard error, or output that is not WIBKit JSON of the same schema
/// version stops the run, with the program's standard error shown. A program stopped early is
/// killed with every process it started. What the program writes to standard error when it
/// succeeds is passed on as warnings. The program runs in the pipeline file's folder, with
/// `WIB_SCHEMA_VERSION` set in its environment; its standard input is a temporary file.
///
/// In a pipeline file: `- exec: [python3, tools/my_filter.py]`.
public struct Exec: ConfigurableTransformer {
    public static let name = "exec"
    public static let summary = "Runs an external filter: a program that reads the corpus as JSON on stdin and writes it back on stdout."
    public static var shorthand: KeyPath<Exec, DeclaredOption>? { \.$command }

    /// The program and its arguments.
    @Option(help: "The program and its arguments; a program path with a / is relative to the pipeline file.")
    public var command: [String] = []
    /// The time limit in seconds.
    @Option(help: "How many seconds one run may take before it is stopped.")
    public var timeout = 60.0

    /// Runs no program, until ``command`` is given.
    public init() {}

    /// Runs `command` (program first) with a time limit of `timeout` seconds.
    public init(_ command: [String], timeout: Double = 60) {
        self.command = command
        self.timeout = timeout
    }

    public func validate() throws {
        guard let program = command.first, !program.isEmpty else {
            throw OptionError("name the program to run, as exec: [python3, tools/filter.py]", at: $command)
        }
        if timeout <= 0 { throw OptionError("'\(timeout.optionText)' is not a positive number of seconds", at: $timeout) }
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        let shown = command.joined(separator: " ")
        let input = try OrderedJSONEncoder().encode(corpus)
        let child = ChildProcess(executable: try locate(in: context.baseDirectory), arguments: Array(command.dropFirst()),
                                 directory: context.baseDirectory, environment: ["WIB_SCHEMA_VERSION": "\(Post.schemaVersion)"], timeout: timeout,
                                 outputLimit: SourceText.maximumFileBytes, errorLimit: Exec.maximumErrorBytes)
        let outcome: ChildProcess.Outcome
        do {
            outcome = try await child.run(input: Array(input.utf8))
        } catch let overLimit as ChildProcess.OutputOverLimit {
            throw Diagnostic.error("`\(shown)` printed more than \(overLimit.limit >> 20) MiB on \(overLimit.stream) and was stopped", path: nil)
        } catch {
            throw Diagnostic.error("cannot start `\(shown)`: \(error)", path: nil)
        }
        let errorText = String(decoding: outcome.errorOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let errorShown = errorText.isEmpty ? "; it wrote nothing on standard error" : "; its standard error:\n" + errorText
        if outcome.timedOut {
            throw Diagnostic.error("`\(shown)` took longer than \(Exec.seconds(timeout)) and was stopped\(errorShown)", path: nil)
        }
        switch outcome.status {
        case .exited(0):
            break
        case .exited(let code):
            throw Diagnostic.error("`\(shown)` failed with exit status \(code)\(errorShown)", path: nil)
        case .signaled(let signal):
            throw Diagnostic.error("`\(shown)` was killed by signal \(signal)\(errorShown)", path: nil)
        }
        let result = try decode(outcome.output, from: shown)
        for line in errorText.split(separator: "\n") { context.warn(.warning("`\(shown)`: \(line)", path: nil)) }
        return result
    }

    /// The corpus the program wrote, after checking it is WIBKit JSON of our schema version.
    private func decode(_ output: Data, from shown: String) throws(Diagnostic) -> Corpus {
        let object = try? JSONSerialization.jsonObject(with: output)
        guard let dictionary = object as? [String: Any], dictionary["posts"] != nil else {
            let start = String(decoding: output.prefix(80), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .error("`\(shown)` did not write a corpus ({\"schemaVersion\": 1, \"posts\": [...]}) on standard output; it wrote \(output.isEmpty ? "nothing" : "“\(start)”")", path: nil)
        }
        guard let version = dictionary["schemaVersion"] as? Int, version == Post.schemaVersion else {
            throw .error("`\(shown)` wrote schemaVersion \(dictionary["schemaVersion"].map { "\($0)" } ?? "(missing)"); this wib reads schemaVersion \(Post.schemaVersion)", path: nil)
        }
        do {
            return Corpus(posts: try JSONPostReader().read(try SourceText(bytes: Array(output), path: "output")))
        } catch {
            throw .error("`\(shown)` wrote JSON that is not WIBKit's: \(error.message)", path: nil)
        }
    }

    /// The program's file: a path with a `/` relative to `base`, otherwise the first match on `PATH`.
    private func locate(in base: URL) throws(Diagnostic) -> URL {
        let program = command[0]
        let files = FileManager.default
        if program.contains("/") {
            let url = program.hasPrefix("/") ? URL(fileURLWithPath: program) : base.appendingPathComponent(program)
            guard files.isExecutableFile(atPath: url.path) else {
                throw .error(files.fileExists(atPath: url.path) ? "\(url.path) is not executable (chmod +x, or run it through its interpreter)"
                             : "no program at \(url.path)", path: nil)
            }
            return url
        }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(program)
            if files.isExecutableFile(atPath: url.path) { return url }
        }
        throw .error("cannot find the program '\(program)' on PATH", path: nil)
    }

    /// The most a program may write on standard error, in bytes (1 MiB of warnings). Standard
    /// output may be as large as an input file (``SourceText/maximumFileBytes``, 64 MiB), as it
    /// is read back as one.
    private static let maximumErrorBytes = 1 << 20

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
