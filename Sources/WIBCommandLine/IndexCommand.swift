import ArgumentParser
import WIBArchive
import WIBKit

/// `wib index FILE_OR_DIR… --archive DIR`: adds local posts to an archive.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add local posts (any kind wib reads) to an archive.",
        discussion: """
        Every post is read and annotated as for a pack, then added to DIR/archive.sqlite (made when \
        missing) in one transaction. A post already there with the same content is left alone; with \
        new content it becomes the post's next version and the earlier one is kept. A post is known \
        by its address, else by the absolute path of its file. A file whose text is unchanged since \
        it was indexed is not read again (--reread reads it). When an input cannot be read, the \
        archive is left as it was.
        """
    )

    @Argument(help: ArgumentHelp("Post files or directories, or - for standard input.", valueName: "file-or-dir"))
    var inputs: [String] = []

    @OptionGroup var archive: ArchiveOption

    @OptionGroup var folders: FolderOptions

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .long, help: "Read every file again, even those unchanged since they were indexed (after upgrading wib, whose annotators may find more).")
    var reread = false

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line (errors and warnings are still printed).")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one post file or directory.") }
    }

    func run() async throws {
        let store: Archive
        do throws(Diagnostic) {
            store = try Archive(folder: archive.archive, creating: true)
        } catch {
            StandardError.write([error.description])
            throw ExitCode(1)
        }
        let bar = ProgressBar(quiet: quiet)
        var indexing = ArchiveIndexing(inputs: inputs, excluding: folders.patterns, reader: reading.reader())
        indexing.rereads = reread
        let outcome = await indexing.run(into: store, progress: { bar.update("reading", $0, $1) })
        bar.finish()
        StandardError.write(outcome.diagnostics.map(\.description))
        if outcome.failed {
            StandardError.write(["wib: the archive was left as it was"])
            throw ExitCode(1)
        }
        if !quiet {
            let changes = outcome.changes
            StandardError.write([Summary(diagnostics: outcome.diagnostics, elapsed: bar.elapsed)
                .line("\(Summary.count(outcome.postsRead, "post")) read\(outcome.filesUnchanged > 0 ? " (\(Summary.count(outcome.filesUnchanged, "file")) unchanged since indexed, not read)" : ""), \(changes.added) added, \(changes.updated) updated, "
                      + "\(changes.unchanged) unchanged in \(archive.archive)")])
        }
    }
}
