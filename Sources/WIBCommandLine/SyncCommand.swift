import ArgumentParser
import Foundation
import WIBArchive
import WIBKit

/// `wib sync FEED_URL --archive DIR [--rate N]`.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Follow a feed (RSS or Atom) into an archive: its posts, and the pages of excerpts and new posts.",
        discussion: """
        Fetches the feed, then the page of every item that is an excerpt, new to the archive, \
        marked updated, or changed in the feed since the last sync, and adds the posts to DIR/archive.sqlite (made when missing) in one \
        transaction. Pages are kept as fetched in DIR/pages/. Requests are conditional (the ETag \
        and Last-Modified date of the last fetch are kept in the archive), so an unchanged feed or \
        page costs a 304, and a sync with nothing new writes nothing. At most --rate requests a \
        second; a User-Agent naming wib and its version; 5xx answers and timeouts are tried again \
        (4 tries, 1 s, 2 s, 4 s apart). An updated post keeps its earlier version; an excerpt \
        never replaces a whole copy. A feed that cannot be fetched is an error (exit 1); a page \
        that cannot be fetched is a warning, and the feed's copy is kept.
        """
    )

    @Argument(help: ArgumentHelp("The feed's address (http or https).", valueName: "feed-url"))
    var feed: String

    @OptionGroup var archive: ArchiveOption

    @Option(name: .long, help: ArgumentHelp("Requests a second at most.", valueName: "n"))
    var rate: Double = 1

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for an answer before trying again.", valueName: "s"))
    var timeout: Double = 30

    @Flag(name: .shortAndLong, help: "No progress line and no summary line (errors and warnings are still printed).")
    var quiet = false

    /// The User-Agent every request carries.
    static let userAgent = "wib/\(WibCommand.version) (WIBKit; What's In Blue archive)"

    func validate() throws {
        guard let url = URL(string: feed), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw ValidationError("\(feed): give the feed's address, starting http:// or https://")
        }
        if !(rate > 0) { throw ValidationError("--rate \(rate): give a number of requests a second above 0, such as 1 or 0.5") }
        if !(timeout > 0) { throw ValidationError("--timeout \(timeout): give a number of seconds above 0") }
    }

    func run() async throws {
        let store = try ArchiveOutput.orExit { () throws(Diagnostic) in try Archive(folder: archive.archive, creating: true) }
        let bar = ProgressBar(quiet: quiet)
        let fetcher = HTTPFetcher(rate: rate, userAgent: SyncCommand.userAgent, timeout: timeout)
        let sync = FeedSync(feed: URL(string: feed)!, fetcher: fetcher)
        let outcome = await sync.run(into: store, progress: { bar.update("fetching pages", $0, $1) })
        bar.finish()
        StandardError.write(outcome.diagnostics.map(\.description))
        if outcome.failed {
            StandardError.write(["wib: the archive was left as it was"])
            throw ExitCode(1)
        }
        guard !quiet else { return }
        let requests = await fetcher.requests
        let summary: String
        if outcome.feedUnchanged {
            summary = "the feed is unchanged (304), \(Summary.count(requests, "request"))"
        } else {
            let changes = outcome.changes
            summary = "\(Summary.count(outcome.items, "item")) in the feed, \(Summary.count(outcome.pagesFetched, "page")) fetched, "
                + "\(outcome.pagesUnchanged) unchanged (304); \(changes.added) added, \(changes.updated) updated, \(changes.unchanged) unchanged in "
                + "\(archive.archive), \(Summary.count(requests, "request"))"
        }
        StandardError.write([Summary(diagnostics: outcome.diagnostics, elapsed: bar.elapsed).line(summary)])
    }
}
