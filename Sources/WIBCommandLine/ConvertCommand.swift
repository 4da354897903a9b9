import ArgumentParser
import Foundation
import WIBKit

/// `wib convert FILE… [--to FORMAT] [--output DIR]`.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert posts to Markdown, JSON, HTML, LaTeX, man or plain text.",
        discussion: """
        One input is written to standard output; several inputs (or --output) give one file each \
        in the output folder, named after the input. Directories are read recursively; - reads \
        standard input. A bad input is reported and the others are still converted.
        """
    )

    @Argument(help: ArgumentHelp("Post files, directories, or - for standard input.", valueName: "file"))
    var inputs: [String] = []

    @OptionGroup var folders: FolderOptions

    @Option(name: .long, help: ArgumentHelp("Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var to: OutputFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Write one file per post into this folder.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Annotators to run, comma-separated, or none (default: all: \(StandardAnnotators.names.joined(separator: ", "))).", valueName: "names"))
    var annotate: String?

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .long, help: "Do not link resolutions and documents to undocs.org (Markdown, HTML).")
    var noLinks = false

    @Flag(name: .long, help: "Do not list the entities in the Markdown front matter.")
    var noEntityList = false

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line (errors and warnings are still printed).")
    var quiet = false

    @Option(name: .shortAndLong, help: ArgumentHelp("How many posts to work on at once (default: one per core). The output is the same whatever the number.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// The annotators `--annotate` names.
    private func annotators() throws -> [any Annotator] {
        guard let annotate else { return StandardAnnotators.all }
        if annotate == "none" { return [] }
        let names = annotate.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        do {
            return try StandardAnnotators.selection(names)
        } catch {
            throw ValidationError("--annotate: \(error)")
        }
    }

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.isEmpty { throw ValidationError("Name at least one post file or directory, or - for standard input.") }
    }

    func run() async throws {
        let chosenAnnotators = try annotators()
        let (files, collectErrors) = InputCollector(excluding: folders.patterns, outputFolder: output).collect(inputs)
        if output == nil, files.count > 1 {
            throw ValidationError("\(files.count) inputs: pass --output DIR to write one file each.")
        }
        let options = ExportOptions(linksEntities: !noLinks, listsEntities: !noEntityList)
        let bar = ProgressBar(quiet: quiet || output == nil)
        var conversion = await Converter(format: to, reader: reading.reader(), annotators: chosenAnnotators, options: options).convert(files, width: jobs, progress: bar.update)
        bar.finish()
        conversion.diagnostics = collectErrors + conversion.diagnostics
        var failed = conversion.hasErrors
        var written = 0
        if let output {
            let writer = ArtifactWriter(directory: URL(fileURLWithPath: output), protecting: files.filter { $0 != .standardInput }.map(\.path))
            do throws(Diagnostic) {
                written = try writer.writeAll(conversion.artifacts).count
            } catch {
                conversion.diagnostics.append(error)
                failed = true
            }
        } else if conversion.artifacts.count > 1, let path = files.first?.path {
            conversion.diagnostics.append(.error("the input holds \(conversion.artifacts.count) posts; pass --output DIR to write one file each", path: path))
            failed = true
        } else if let artifact = conversion.artifacts.first {
            FileHandle.standardOutput.write(Data(artifact.contents.utf8))
        }
        StandardError.write(conversion.diagnostics.map(\.description))
        if let output, !quiet {
            StandardError.write([Summary(diagnostics: conversion.diagnostics, elapsed: bar.elapsed)
                .line("\(Summary.count(conversion.postCount, "post")) read, \(Summary.count(written, "file")) written to \(output)")])
        }
        if failed { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
