import ArgumentParser
import Foundation
import WIBKit

/// `wib pack FILE_OR_DIR… --output FILE [--title TEXT] [--agenda A] [--country ISO3] [--since DATE] [--until DATE] [--allow-empty]`.
struct PackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Make a briefing pack of many posts: meetings, timeline, indexes, cross-references and the posts.",
        discussion: """
        Every post is annotated, then filtered by the criteria given (all must hold), then packed \
        in meeting-date order; undated posts come last, apart. The pack is Markdown (GFM with front \
        matter) when FILE ends in .md or .markdown, an HTML page when it ends in .html or .htm; any \
        other ending is a usage error. Nothing is written when an input cannot be read, or when no \
        post is left for the pack (unless --allow-empty).
        """
    )

    @Argument(help: ArgumentHelp("Post files or directories, or - for standard input.", valueName: "file-or-dir"))
    var inputs: [String] = []

    @OptionGroup var folders: FolderOptions

    @OptionGroup var writing: WritingOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The pack's file: .md or .markdown, or .html or .htm for a web page.", valueName: "file"))
    var output: String

    @Option(name: .long, help: "The pack's title.")
    var title: String = "Briefing pack"

    @OptionGroup var criteria: FilterArguments

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .long, help: "Leave the posts themselves out: only the overview, timeline and indexes.")
    var noPosts = false

    @Flag(name: .long, help: "Do not link resolutions and documents to undocs.org.")
    var noLinks = false

    @Flag(name: .long, help: "Write the pack even when no post is left for it (otherwise that is an error and nothing is written).")
    var allowEmpty = false

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line (errors and warnings are still printed).")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one post file or directory.") }
        if (output as NSString).lastPathComponent.isEmpty || output.hasSuffix("/") { throw ValidationError("--output names the pack's file, not a folder") }
        if PackExporter.Format(file: output) == nil {
            throw ValidationError("--output \(output): a pack is written as Markdown or HTML; give a file ending in \(PackExporter.Format.fileExtensions)")
        }
    }

    func run() async throws {
        let filter = try criteria.filter()
        let file = (output as NSString).lastPathComponent
        let folder = (output as NSString).deletingLastPathComponent
        var pipeline = Pipeline {
            Annotate()
            if !filter.description.isEmpty { filter }
            Export(packFile: file, title: title, includesPosts: !noPosts, allowsEmpty: allowEmpty, options: ExportOptions(linksEntities: !noLinks))
        }
        pipeline.namesSteps = false
        let bar = ProgressBar(quiet: quiet)
        var run = PipelineRun(inputs: inputs, excluding: folders.patterns, output: folder.isEmpty ? "." : folder, pipeline: pipeline, reader: reading.reader())
        run.overwrites = writing.overwrite
        let outcome = await run.run(progress: { bar.update("reading", $0, $1) })
        bar.finish()
        StandardError.write(outcome.diagnostics.map(\.description))
        if outcome.failed {
            StandardError.write(["wib: the pack was not written"])
            throw ExitCode(1)
        }
        if !quiet {
            StandardError.write([Summary(diagnostics: outcome.diagnostics, elapsed: bar.elapsed)
                .line("\(Summary.count(outcome.postsRead, "post")) read, \(outcome.postsKept) in the pack, written to \(output)")])
        }
    }
}
