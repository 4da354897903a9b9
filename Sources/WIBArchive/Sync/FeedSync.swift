import Foundation
import WIBKit

/// Follows a feed into an archive (`wib sync`):
///
/// 1. fetches the feed (RSS 2.0 or Atom), conditionally: a 304 ends the run, having written
///    nothing;
/// 2. for every item that is an excerpt, new to the archive, marked updated (`*` in its title,
///    `Update:` before it), or changed in the feed since the last sync (its title, date or text),
///    fetches the post's page, conditionally too: a changed page is
///    kept as fetched in `DIR/pages/` (its address's path, then the first 8 hex digits of its
///    hash: an earlier version of the page stays beside it), and read as the post; a page that
///    cannot be fetched or read leaves the feed's copy, with a warning;
/// 3. annotates the posts and adds them to the archive with the servers' validators (ETag,
///    Last-Modified), in one transaction (``Archive/add(_:validators:)``): an updated post
///    keeps its earlier version, an excerpt never replaces a whole copy, and a run that changes
///    nothing writes nothing.
public struct FeedSync: Sendable {
    /// The feed's address.
    public let feed: URL
    /// The fetcher, with its rate, User-Agent and retries.
    public let fetcher: HTTPFetcher

    /// What a run did.
    public struct Outcome: Sendable {
        /// Errors and warnings.
        public var diagnostics: [Diagnostic] = []
        /// Whether the feed was answered with 304.
        public var feedUnchanged = false
        /// Items in the feed.
        public var items = 0
        /// Pages fetched whole (200), and answered with 304.
        public var pagesFetched = 0, pagesUnchanged = 0
        /// What the archive made of the posts.
        public var changes = Archive.Changes()

        /// Whether the run failed (and so left the archive as it was).
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// A sync of `feed` through `fetcher`.
    public init(feed: URL, fetcher: HTTPFetcher) {
        self.feed = feed
        self.fetcher = fetcher
    }

    /// Runs it into `archive`; `progress` hears of each page fetched, of those to fetch.
    public func run(into archive: Archive, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> Outcome {
        var outcome = Outcome()
        do throws(Diagnostic) {
            let address = feed.absoluteString
            var validators: [String: HTTPFetcher.Validators] = [:]
            let posts: [Post]
            switch try await fetch(feed, archive: archive) {
            case .notModified:
                outcome.feedUnchanged = true
                return outcome
            case .fetched(let bytes, let feedValidators):
                validators[address] = feedValidators
                posts = try FeedReader().read(try SourceText(bytes: bytes, path: address))
            }
            outcome.items = posts.count
            var kept: [Post] = []
            let known = try archive.fileHashes()
            let items = Dictionary(posts.compactMap { post in post.metadata.url.map { ("item:\($0)", FeedSync.hash(of: post)) } },
                                   uniquingKeysWith: { first, _ in first })
            let toFetch = try posts.map { post throws(Diagnostic) in
                try needsPage(post, archive: archive, changedInFeed: post.metadata.url.map { known["item:\($0)"] != items["item:\($0)"] } ?? false)
            }
            let fetching = toFetch.filter { $0 }.count
            var done = 0
            for (item, fetchPage) in zip(posts, toFetch) {
                guard fetchPage, let link = item.metadata.url, let url = URL(string: link) else {
                    kept.append(item)
                    continue
                }
                defer {
                    done += 1
                    progress?(done, fetching)
                }
                do throws(Diagnostic) {
                    switch try await fetch(url, archive: archive) {
                    case .notModified:
                        outcome.pagesUnchanged += 1
                    case .fetched(let bytes, let pageValidators):
                        outcome.pagesFetched += 1
                        validators[link] = pageValidators
                        try keep(bytes, of: url, in: archive)
                        kept.append(post(from: bytes, url: link, item: item, diagnostics: &outcome.diagnostics))
                    }
                } catch where error.severity == .warning {
                    outcome.diagnostics.append(error)
                    kept.append(item)
                }
            }
            let entries = try await Batch().map(kept) { post in
                Result { try ArchiveEntry(StandardAnnotators.annotate(post, with: StandardAnnotators.all)) }
            }.map { result throws(Diagnostic) in
                do { return try result.get() } catch { throw .error("cannot make the post's JSON: \(error)", path: address) }
            }
            // The feed's excerpt warnings say to read the page, which this run has done or tried.
            outcome.diagnostics += kept.flatMap(\.diagnostics).filter { !$0.message.contains("carries only an excerpt") }
            outcome.changes = try archive.add(entries, validators: validators, files: items)
        } catch {
            outcome.diagnostics.append(error)
        }
        return outcome
    }

    /// Whether the item's page is to be fetched: an excerpt, a post not yet kept whole, one
    /// marked updated, or one `changedInFeed` since the last sync.
    private func needsPage(_ item: Post, archive: Archive, changedInFeed: Bool) throws(Diagnostic) -> Bool {
        guard item.metadata.url != nil else { return false }
        if item.metadata.truncated || item.metadata.updated || changedInFeed { return true }
        return !(try archive.holdsWholePost(key: ArchiveEntry.key(of: item)))
    }

    /// The hash of what the feed says of an item: its title, update mark, date and text.
    static func hash(of item: Post) -> String {
        var hash = WrittenFiles.ContentHash()
        hash.add("\(item.metadata.title)\n\(item.metadata.updated)\n\(item.metadata.posted?.description ?? "")\n\(item.bodyText)".utf8)
        return hash.digest
    }

    /// Fetches `url` with the validators the archive keeps for it; a failure is an error for the
    /// feed and a warning for a page.
    private func fetch(_ url: URL, archive: Archive) async throws(Diagnostic) -> HTTPFetcher.Response {
        let validators = try archive.validators(for: url.absoluteString)
        do {
            return try await fetcher.fetch(url, validators: validators)
        } catch {
            let isFeed = url == feed
            throw Diagnostic(isFeed ? .error : .warning, path: url.absoluteString, line: nil,
                             "cannot fetch \(isFeed ? "the feed" : "the page"): \(error)\(isFeed ? "" : "; the feed's copy of the post is kept")")
        }
    }

    /// The post the page gives, with the item's address and tags where the page lacks them; the
    /// item itself when the page is not a post (with a warning).
    private func post(from bytes: [UInt8], url: String, item: Post, diagnostics: inout [Diagnostic]) -> Post {
        do throws(Diagnostic) {
            let posts = try PostReader().read(bytes: bytes, path: url)
            guard posts.count == 1, var post = posts.first else {
                throw .warning("the page holds \(posts.count) posts, not one; the feed's copy of the post is kept", path: url)
            }
            if post.metadata.url == nil { post.metadata.url = item.metadata.url }
            if post.metadata.tags.isEmpty { post.metadata.tags = item.metadata.tags }
            return post
        } catch {
            var warning = error
            if warning.severity == .error {
                warning = .warning("the page cannot be read as a post (\(error.message)); the feed's copy of the post is kept", path: url, line: error.line)
            }
            diagnostics.append(warning)
            return item
        }
    }

    /// Writes the page as fetched into `DIR/pages/`, unless that version is already there.
    private func keep(_ bytes: [UInt8], of url: URL, in archive: Archive) throws(Diagnostic) {
        let file = FeedSync.pageFile(of: url, bytes: bytes)
        let destination = archive.folder.appendingPathComponent(file)
        guard !FileManager.default.fileExists(atPath: destination.path) else { return }
        do {
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: destination, options: .atomic)
        } catch {
            throw .error("cannot keep the page: \(error.localizedDescription)", path: destination.path)
        }
    }

    /// `pages/PATH.HASH8.html`: the address's path (letters, digits, `-`, `_` and `/` kept;
    /// its extension dropped), then the first 8 hex digits of the page's hash.
    static func pageFile(of url: URL, bytes: [UInt8]) -> String {
        var hash = WrittenFiles.ContentHash()
        hash.add(bytes)
        let path = url.deletingPathExtension().path.split(separator: "/").map { part in
            String(part.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        }.filter { !$0.isEmpty && $0 != "-" }
        let host = (url.host ?? "page").replacingOccurrences(of: ":", with: "-")
        return (["pages", host] + path).joined(separator: "/") + ".\(hash.digest.prefix(8)).html"
    }
}
