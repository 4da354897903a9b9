import ArgumentParser
import Foundation
import WIBKit

/// `wib run [--config wib.yml] [--output DIR] [INPUT…]`.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file: read the inputs, apply each step, write what the exporters produce.",
        discussion: """
        The pipeline file (wib.yml) names the inputs, the output folder and the steps:

          inputs: [Posts]
          output: Briefings
          pipeline:
            - annotate
            - filter: {country: PRK, since: 2024-01-01}
            - export: {format: pack, file: dprk.md, title: "DPRK: arms transfers"}

        Paths in it are relative to the file. `wib transformers` lists the steps and their options. \
        Files are written only when every input was read and every step succeeded; otherwise \
        nothing is written and the errors are printed as PATH:LINE: error: MESSAGE.
        """
    )

    @Option(name: .customLong("config"), help: ArgumentHelp("The pipeline file (default: \(PipelineFile.defaultName)).", valueName: "file"))
    var configFile: String?

    /// The pipeline file, and whether it was named.
    private var config: String { configFile ?? PipelineFile.defaultName }
    private var configGiven: Bool { configFile != nil }

    @Option(name: .shortAndLong, help: ArgumentHelp("Write into this folder instead of the file's 'output'.", valueName: "dir"))
    var output: String?

    @Argument(help: ArgumentHelp("Read these instead of the file's 'inputs'.", valueName: "input"))
    var inputs: [String] = []

    @OptionGroup var folders: FolderOptions

    @OptionGroup var writing: WritingOptions
    @OptionGroup var reading: ReadingOptions

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line (errors and warnings are still printed).")
    var quiet = false

    func run() async throws {
        let outcome: PipelineRun.Outcome
        let bar = ProgressBar(quiet: quiet)
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: config, isDirectory: &isFolder) {
            throw ValidationError(configGiven ? "no pipeline file \(config)" : "no pipeline file \(config) here; write one (see the example above) or pass --config FILE")
        }
        if isFolder.boolValue { throw ValidationError("--config \(config) is a folder; name the pipeline file in it (such as \(config)/wib.yml)") }
        do throws(Diagnostic) {
            let file = try PipelineFile.load(config)
            var run = try PipelineRun(file: file, registry: WIBCommandLine.registry, inputs: inputs, excluding: folders.patterns, output: output)
            run.reader = reading.reader(over: run.reader)
            run.overwrites = writing.overwrite
            outcome = await run.run(progress: { bar.update("reading", $0, $1) })
            bar.finish()
        } catch {
            StandardError.write([error.description])
            throw ExitCode(1)
        }
        StandardError.write(outcome.diagnostics.map(\.description))
        if outcome.failed {
            StandardError.write(["wib: the run failed; nothing was written"])
            throw ExitCode(1)
        }
        let written = outcome.written.map { Self.shown($0) }
        if !written.isEmpty { print(written.joined(separator: "\n")) }
        if !quiet {
            StandardError.write([Summary(diagnostics: outcome.diagnostics, elapsed: bar.elapsed)
                .line("\(Summary.count(outcome.postsRead, "post")) read, \(outcome.postsKept) kept, \(Summary.count(written.count, "file")) written")])
        }
    }

    /// A path relative to the current folder when it is inside it.
    private static func shown(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
