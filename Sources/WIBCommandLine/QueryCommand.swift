import ArgumentParser
import Foundation
import WIBArchive
import WIBKit

/// `wib query EXPR --archive DIR [--format table|json] [--pack FILE]`.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer a query across an archive.",
        discussion: """
        Terms (field:value, the value a word or a "quoted phrase"):
          country:GBR         a state (ISO 3166-1 alpha-3) named, requesting, or under rule 37
          role:requester      qualifies the country: or person: terms beside it:
                              requester, rule37 (states), briefer (people, organisations), mentioned
          person:"Jane Roe"   a person whose name holds these words, named or briefing
          resolution:2231     a resolution by number, or by symbol (S/RES/2231(2015))
          document:S/2024/255 a document by symbol
          format:vote         a meeting of that format (open debate, consultations, …)
          agenda:ukraine      a meeting's agenda item, or the post's topic, holds these words
          since:2022-01-01    the post's day (first meeting, else posted) on or after; also YYYY-MM, YYYY
          until:2024-12-31    … on or before
          text:"arms transfers"  these words in this order in the title or text; a bare word is text: too
        Terms side by side must all hold (AND may be written); OR gives either; - before a term \
        leaves it out; parentheses group. A post matches when the terms hold of it (not \
        necessarily of one meeting). Answers are the current version of each post, by day.

        Examples:
          wib query 'country:RUS role:requester agenda:ukraine since:2022' --archive arc
          wib query 'resolution:2231 OR document:S/2024/255' --archive arc --format json
          wib query '(format:vote OR format:adoption) -country:USA' --archive arc --pack votes.md
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: ArgumentHelp("The query (see below).", valueName: "expr"))
    var expression: String

    @OptionGroup var archive: ArchiveOption

    @Option(name: .long, help: "table: a line per post (day, format, title, source); json: the posts in the JSON shape `wib convert --to json` writes.")
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("Also write a briefing pack of the answers to this file (.md, .markdown, .html or .htm).", valueName: "file"))
    var pack: String?

    @Option(name: .long, help: "The pack's title (default: the query).")
    var title: String?

    @Flag(name: .long, help: "Let --pack replace a file wib did not write.")
    var overwrite = false

    @Flag(name: .long, help: "Write --pack even when no post matches (otherwise that is an error and nothing is written).")
    var allowEmpty = false

    @Flag(name: .shortAndLong, help: "No summary line on standard error.")
    var quiet = false

    func validate() throws {
        if let pack, PackExporter.Format(file: pack) == nil {
            throw ValidationError("--pack \(pack): a pack is written as Markdown or HTML; give a file ending in \(PackExporter.Format.fileExtensions)")
        }
    }

    func run() async throws {
        let query: ArchiveQuery
        do throws(QuerySyntaxError) {
            query = try ArchiveQuery(expression)
        } catch {
            StandardError.write([error.description])
            throw ExitCode(2)
        }
        let store = try ArchiveOutput.open(archive.archive)
        let matches = try ArchiveOutput.orExit { () throws(Diagnostic) in try store.matches(query) }
        let needsPosts = format == .json || pack != nil
        let posts = needsPosts ? try ArchiveOutput.orExit { () throws(Diagnostic) in try store.posts(of: matches) } : []
        switch format {
        case .table:
            print(QueryCommand.table(matches), terminator: "")
        case .json:
            print(try JSONExporter().export(Corpus(posts: posts)))
        }
        if let pack, posts.isEmpty, !allowEmpty {
            StandardError.write(["wib: no post matched, so the pack \(pack) would list none; it was not written (--allow-empty writes it anyway)"])
            throw ExitCode(1)
        }
        if let pack, let packFormat = PackExporter.Format(file: pack) {
            let exporter = PackExporter(title: title ?? expression, filter: "query \(expression)", format: packFormat)
            let rendering = try exporter.prepare(posts)
            try ArchiveOutput.orExit { () throws(Diagnostic) in
                try ArchiveOutput.write(pack, archive: store, overwrites: overwrite) { rendering.write(to: $0) }
            }
        }
        if !quiet { StandardError.write(["wib: \(Summary.count(matches.count, "post")) matched\(pack.map { ", a pack of them written to \($0)" } ?? "")"]) }
    }

    /// A line per post: its day, its first meeting's format, title and source, in columns.
    static func table(_ matches: [ArchiveQuery.Match]) -> String {
        let rows = [["DAY", "FORMAT", "TITLE", "SOURCE"]] + matches.map {
            [$0.meetingDate ?? $0.posted ?? "-", $0.format ?? "-", $0.title, $0.source ?? "-"]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3] + "\n"
        }.joined()
    }
}
