import ArgumentParser
import Foundation
import WIBKit

/// `wib convert FILE… [--to FORMAT] [-o FILE|DIR] [--standalone]`.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert posts to Markdown, JSON, HTML, LaTeX, man or plain text.",
        discussion: """
        Where the output goes, as -o says:
          no -o     the one post, to standard output (also -o -)
          -o FILE   the one post into FILE, in the format its extension names unless
                    --to says otherwise: .md .markdown .json .html .htm .tex .latex
                    .man .1-.9 .txt .text (any case)
          -o DIR    one file per post in DIR, named after its input: DIR is an
                    existing folder, ends in /, or has none of those extensions

        -o FILE with several inputs is a usage error: give -o a folder instead. -o with
        an extension wib does not write (.pdf, .docx, …) is a usage error too. A .tex
        file is a whole LaTeX document that pdflatex compiles (as with --standalone);
        elsewhere (standard output, -o DIR) LaTeX is a fragment unless --standalone.
        Man pages (.TH, NAME, the post's sections) and HTML pages are always whole.

        Directories are read recursively; - reads standard input. A bad input is
        reported and the others are still converted.
        """
    )

    @Argument(help: ArgumentHelp("Post files, directories, or - for standard input.", valueName: "file"))
    var inputs: [String] = []

    @OptionGroup var folders: FolderOptions

    @OptionGroup var writing: WritingOptions

    @Option(name: .long, help: ArgumentHelp("Output format (default: from -o FILE's extension, else markdown).", valueName: "format"))
    var to: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the one post into FILE (format from its extension), or one file per post into the folder DIR.", valueName: "file-or-dir"))
    var output: String?

    @Flag(name: .shortAndLong, help: "LaTeX: a whole document that pdflatex compiles (implied by -o FILE.tex), not a fragment.")
    var standalone = false

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
    var jobs: Int?

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
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.isEmpty { throw ValidationError("Name at least one post file or directory, or - for standard input.") }
    }

    func run() async throws {
        let chosenAnnotators = try annotators()
        let target: OutputTarget
        do { target = try OutputTarget(output) } catch { throw ValidationError(error.message) }
        var format = to ?? .markdown
        var (file, folder): (String?, String?) = (nil, nil)
        switch target {
        case .standardOutput: break
        case .file(let path, let fromExtension): (file, format) = (path, to ?? fromExtension)
        case .folder(let path): folder = path
        }
        let (files, collectErrors) = InputCollector(excluding: folders.patterns, outputFolder: folder).collect(inputs)
        if folder == nil, files.count > 1 {
            throw ValidationError(file.map { "-o \($0) names one file, but there are \(files.count) inputs; to write one file per post, give -o a folder (such as -o out)." }
                                  ?? "\(files.count) inputs: pass --output DIR to write one file each.")
        }
        // A LaTeX file on its own is of use only when it compiles: -o FILE.tex is a whole document.
        let section = file.flatMap { Int((($0 as NSString).pathExtension)) } ?? 7
        let options = ExportOptions(linksEntities: !noLinks, listsEntities: !noEntityList, standalone: standalone || (format == .latex && file != nil),
                                    manSection: section)
        let bar = ProgressBar(quiet: quiet || folder == nil)
        var conversion = await Converter(format: format, reader: reading.reader(), annotators: chosenAnnotators, options: options).convert(files, width: jobs ?? ProcessInfo.processInfo.activeProcessorCount, progress: bar.update)
        bar.finish()
        conversion.diagnostics = collectErrors + conversion.diagnostics
        var failed = conversion.hasErrors
        var written = 0
        let inputFiles = files.filter { $0 != .standardInput }.map(\.path)
        if let folder {
            do throws(Diagnostic) {
                written = try ArtifactWriter(directory: URL(fileURLWithPath: folder), protecting: inputFiles, overwrites: writing.overwrite).writeAll(conversion.artifacts).count
            } catch {
                conversion.diagnostics.append(error)
                failed = true
            }
        } else if conversion.artifacts.count > 1, let path = files.first?.path {
            conversion.diagnostics.append(.error("the input holds \(conversion.artifacts.count) posts; pass --output DIR to write one file each", path: path))
            failed = true
        } else if let artifact = conversion.artifacts.first {
            if let file {
                let url = URL(fileURLWithPath: file)
                do throws(Diagnostic) {
                    try ArtifactWriter(directory: url.deletingLastPathComponent(), protecting: inputFiles, overwrites: writing.overwrite)
                        .write(Artifact(relativePath: url.lastPathComponent, contents: artifact.contents))
                } catch {
                    conversion.diagnostics.append(error)
                    failed = true
                }
            } else {
                FileHandle.standardOutput.write(Data(artifact.contents.utf8))
            }
        }
        StandardError.write(conversion.diagnostics.map(\.description))
        if let folder, !quiet {
            StandardError.write([Summary(diagnostics: conversion.diagnostics, elapsed: bar.elapsed)
                .line("\(Summary.count(conversion.postCount, "post")) read, \(Summary.count(written, "file")) written to \(folder)")])
        }
        if failed { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {
    /// A format by its name or a short one (`--to md`), in any case.
    public init?(argument: String) {
        self.init(name: argument)
    }

    /// The names `--to` lists in its help and completions.
    public static var allValueStrings: [String] { allCases.flatMap { [$0.rawValue] + $0.aliases } }
}
