import ArgumentParser
import Foundation
import WIBArchive
import WIBKit

/// `wib stats --archive DIR --output FILE [--since DATE] [--until DATE]`.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The Council at work across an archive: meetings by format and year, requesters, briefers, rule 37, votes and vetoes.",
        discussion: """
        The tables and charts of a pack's "The Council at work", over every current post of the \
        archive (or those whose day, the first meeting's date else the posted date, falls in \
        --since … --until). Markdown with Mermaid charts when FILE ends in .md or .markdown; an \
        HTML page with SVG charts when it ends in .html or .htm.
        """
    )

    @OptionGroup var archive: ArchiveOption

    @Option(name: .shortAndLong, help: ArgumentHelp("The report's file: .md or .markdown, or .html or .htm for a web page.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Count posts whose day is on or after this date.", valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Count posts whose day is on or before this date.", valueName: "yyyy-mm-dd"))
    var until: String?

    @Option(name: .long, help: "The report's title.")
    var title: String = "The Council at work"

    @Flag(name: .long, help: "Let wib replace a file it did not write.")
    var overwrite = false

    func validate() throws {
        for (name, value) in [("since", since), ("until", until)] {
            if let value, CalendarDate(iso: value) == nil { throw ValidationError("--\(name) \(value): not a date; write YYYY-MM-DD") }
        }
        if PackExporter.Format(file: output) == nil {
            throw ValidationError("--output \(output): the report is written as Markdown or HTML; give a file ending in \(PackExporter.Format.fileExtensions)")
        }
    }

    func run() async throws {
        let store = try ArchiveOutput.open(archive.archive)
        let since = since.flatMap(CalendarDate.init(iso:)), until = until.flatMap(CalendarDate.init(iso:))
        let posts = try ArchiveOutput.orExit { () throws(Diagnostic) in try store.posts(since: since, until: until) }
        var scope = "\(Summary.count(posts.count, "post")) of the archive"
        if let since { scope += ", since \(since)" }
        if let until { scope += ", until \(until)" }
        let report = CouncilAtWorkReport(title: title, scope: scope, format: PackExporter.Format(file: output) ?? .markdown)
        let text = report.export(posts)
        try ArchiveOutput.orExit { () throws(Diagnostic) in
            try ArchiveOutput.write(output, archive: store, overwrites: overwrite) { $0(text) }
        }
        StandardError.write(["wib: \(Summary.count(posts.count, "post")) counted, written to \(output)"])
    }
}
