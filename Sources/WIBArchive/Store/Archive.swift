import Foundation
import GRDB
import WIBKit

/// An archive of posts: a folder holding `archive.sqlite` (see ``ArchiveSchema`` for its tables)
/// and, when `wib sync` fills it, the pages it fetched.
///
/// Every change is one write transaction: a run that fails or is killed leaves the archive as it
/// was before the run. Posts are kept by key (``ArchiveEntry/key``) and known again by their
/// title and posted date. A post added again from the same source (file or address) with the
/// same content is left alone; with new content it becomes the next version and the earlier one
/// is kept (its JSON), except that an excerpt never replaces a whole copy. A copy of a kept post
/// from another source (its text copy after its page, its feed item) replaces the copy kept, as
/// a new version, only when it is richer (whole rather than an excerpt, else a longer text), as
/// ``DuplicatePosts`` chooses within a run.
public final class Archive: Sendable {
    /// The database's file name inside the archive's folder.
    public static let fileName = "archive.sqlite"

    /// The archive's folder.
    public let folder: URL
    let database: DatabaseQueue

    /// What adding posts did.
    public struct Changes: Sendable, Equatable {
        /// Posts not in the archive before.
        public var added = 0
        /// Posts whose content changed: each now has a new version, the earlier one kept.
        public var updated = 0
        /// Posts already there with the same content (or excerpts of posts kept whole).
        public var unchanged = 0

        /// No changes yet.
        public init() {}
    }

    /// Opens the archive in `folder`. With `creating`, a missing folder or database is made;
    /// without, a missing archive is an error that says how to make one. An archive whose
    /// database cannot be read (not SQLite, or made by a newer wib) is an error naming it.
    public init(folder: String, creating: Bool) throws(Diagnostic) {
        self.folder = URL(fileURLWithPath: folder)
        let path = self.folder.appendingPathComponent(Archive.fileName).path
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .error("an archive is a folder; this is a file", path: folder)
        }
        if !files.fileExists(atPath: path) {
            guard creating else { throw .error("no archive here (no \(Archive.fileName)): make one with wib index or wib sync", path: folder) }
            do {
                try files.createDirectory(at: self.folder, withIntermediateDirectories: true)
            } catch {
                throw .error("cannot make the archive's folder: \(error.localizedDescription)", path: folder)
            }
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            database = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = ArchiveSchema.migrator
            if try database.read({ try migrator.hasBeenSuperseded($0) }) {
                throw Diagnostic.error("this archive was made by a newer wib; use that one", path: path)
            }
            try migrator.migrate(database)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw .error("cannot open the archive: \(Archive.message(error))", path: path)
        }
    }

    /// Adds `entries`, and records `validators` (what a server said of each address fetched) and
    /// `files` (the hash of each source's text: a file by absolute path, a feed item by `item:`
    /// and its address), in one transaction: all or
    /// nothing. A run that changes nothing is rolled back, so that the database file is not
    /// written at all.
    public func add(_ entries: [ArchiveEntry], validators: [String: HTTPFetcher.Validators] = [:],
                    files: [String: String] = [:]) throws(Diagnostic) -> Changes {
        var changes = Changes()
        do {
            try database.inTransaction { db in
                for entry in entries { try Archive.add(entry, to: db, changes: &changes) }
                var recorded = false
                for (url, validator) in validators.sorted(by: { $0.key < $1.key }) where try Archive.validators(for: url, in: db) != validator {
                    try db.execute(sql: "INSERT OR REPLACE INTO fetch (url, etag, lastModified) VALUES (?, ?, ?)",
                                   arguments: [url, validator.etag, validator.lastModified])
                    recorded = true
                }
                for (path, hash) in files.sorted(by: { $0.key < $1.key }) {
                    try db.cachedStatement(sql: "INSERT INTO sourceFile (path, hash) VALUES (?, ?) ON CONFLICT (path) DO UPDATE SET hash = excluded.hash WHERE hash != excluded.hash")
                        .execute(arguments: [path, hash])
                    if db.changesCount > 0 { recorded = true }
                }
                return recorded || changes.added + changes.updated > 0 ? .commit : .rollback
            }
        } catch {
            throw .error("cannot write the archive: \(Archive.message(error))", path: databasePath)
        }
        return changes
    }

    /// The hash of each source's text when it was last read: files by absolute path, feed items
    /// by `item:` and their address.
    public func fileHashes() throws(Diagnostic) -> [String: String] {
        try reading { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT path, hash FROM sourceFile").map { ($0["path"], $0["hash"]) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// What the server said of `url` when it was last fetched.
    public func validators(for url: String) throws(Diagnostic) -> HTTPFetcher.Validators {
        try reading { try Archive.validators(for: url, in: $0) }
    }

    private static func validators(for url: String, in db: Database) throws -> HTTPFetcher.Validators {
        guard let row = try Row.fetchOne(db, sql: "SELECT etag, lastModified FROM fetch WHERE url = ?", arguments: [url]) else {
            return HTTPFetcher.Validators()
        }
        return HTTPFetcher.Validators(etag: row["etag"], lastModified: row["lastModified"])
    }

    /// Whether the archive holds a whole (not excerpted) current post with `key`.
    public func holdsWholePost(key: String) throws(Diagnostic) -> Bool {
        try reading { try Bool.fetchOne($0, sql: "SELECT 1 FROM post WHERE key = ? AND current = 1 AND truncated = 0", arguments: [key]) ?? false }
    }

    /// Runs `body` in a read transaction.
    func reading<T>(_ body: (Database) throws -> T) throws(Diagnostic) -> T {
        do {
            return try database.read(body)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw .error("cannot read the archive: \(Archive.message(error))", path: databasePath)
        }
    }

    /// The database file's path.
    var databasePath: String { folder.appendingPathComponent(Archive.fileName).path }

    /// How many current posts the archive holds.
    public func postCount() throws(Diagnostic) -> Int {
        try reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM post WHERE current = 1") ?? 0 }
    }

    /// Every version of the post with `key`, oldest first: its version number and post.
    public func versions(key: String) throws(Diagnostic) -> [(version: Int, post: Post)] {
        let rows = try reading { try Row.fetchAll($0, sql: "SELECT version, json FROM post WHERE key = ? ORDER BY version", arguments: [key]) }
        return try rows.map { row throws(Diagnostic) in (row["version"], try Archive.decode(row["json"], path: databasePath)) }
    }

    /// The keys of the current posts whose key, address or source contains `text`.
    public func keys(matching text: String) throws(Diagnostic) -> [String] {
        try reading {
            try String.fetchAll($0, sql: "SELECT key FROM post WHERE current = 1 AND instr(key, ?) > 0 ORDER BY key", arguments: [text])
        }
    }

    /// The current posts with the given row ids, in that order.
    func posts(ids: [Int64]) throws(Diagnostic) -> [Post] {
        let json = try reading { db in
            try ids.map { try String.fetchOne(db, sql: "SELECT json FROM post WHERE id = ?", arguments: [$0]) ?? "" }
        }
        return try json.map { text throws(Diagnostic) in try Archive.decode(text, path: databasePath) }
    }

    /// A post from its stored JSON.
    static func decode(_ json: String, path: String) throws(Diagnostic) -> Post {
        do {
            return try JSONDecoder().decode(Post.self, from: Data(json.utf8))
        } catch {
            throw .error("a post in the archive cannot be read back: \(error)", path: path)
        }
    }

    /// What a GRDB or SQLite error says, without its SQL.
    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    // MARK: Writing one entry

    private static func add(_ entry: ArchiveEntry, to db: Database, changes: inout Changes) throws {
        let columns = "SELECT id, key, source, version, contentHash, truncated, textLength FROM post"
        // `+current`: the key's index finds the row; the index on `current` would scan every post.
        var current = try Row.fetchOne(db.cachedStatement(sql: "\(columns) WHERE key = ? AND +current = 1"), arguments: [entry.key])
        if current == nil, let identity = entry.identity {
            current = try Row.fetchOne(db.cachedStatement(sql: "\(columns) WHERE identity = ? AND current = 1 ORDER BY id LIMIT 1"), arguments: [identity])
        }
        var version = 1
        var key = entry.key
        if let current {
            let truncated: Bool = current["truncated"]
            // The same file or address again is the post as it is now; another is another copy.
            let sameSource: Bool = current["source"] == entry.source
            let richer = (truncated && !entry.truncated) || (truncated == entry.truncated && entry.textLength > current["textLength"])
            if current["contentHash"] == entry.contentHash || (entry.truncated && !truncated) || (!sameSource && !richer) {
                changes.unchanged += 1
                return
            }
            let id: Int64 = current["id"]
            key = current["key"]
            version = current["version"] + 1
            try db.cachedStatement(sql: "UPDATE post SET current = 0 WHERE id = ?").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM meeting WHERE postId = ?").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM mention WHERE postId = ?").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM postText WHERE rowid = ?").execute(arguments: [id])
            changes.updated += 1
        } else {
            changes.added += 1
        }
        try db.cachedStatement(sql: """
            INSERT INTO post (key, identity, version, current, source, url, title, posted, day, topic, topicFolded, truncated, textLength,
                              contentHash, json)
            VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [key, entry.identity, version, entry.source, entry.url, entry.title, entry.posted, entry.day, entry.topic,
                                     entry.topicFolded, entry.truncated, entry.textLength, entry.contentHash, entry.json])
        let postID = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO postText (rowid, title, body) VALUES (?, ?, ?)").execute(arguments: [postID, entry.title, entry.bodyText])
        var meetingIDs: [Int64] = []
        for (ordinal, meeting) in entry.meetings.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO meeting (postId, ordinal, date, timeOfDay, format, formatFolded, agendaItem, agendaFolded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [postID, ordinal, meeting.date, meeting.timeOfDay, meeting.format, meeting.formatFolded,
                                         meeting.agendaItem, meeting.agendaFolded])
            let meetingID = db.lastInsertedRowID
            meetingIDs.append(meetingID)
            for briefer in meeting.briefers {
                try db.cachedStatement(sql: "INSERT INTO briefer (meetingId, name, title, organization) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [meetingID, briefer.name, briefer.title, briefer.organization])
            }
        }
        for mention in entry.mentions {
            try db.cachedStatement(sql: "INSERT INTO entity (kind, key, folded, number) VALUES (?, ?, ?, ?) ON CONFLICT (kind, key) DO NOTHING")
                .execute(arguments: [mention.kind, mention.key, mention.folded, mention.number])
            let entityID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entity WHERE kind = ? AND key = ?"), arguments: [mention.kind, mention.key])
            try db.cachedStatement(sql: "INSERT INTO mention (postId, meetingId, entityId, role) VALUES (?, ?, ?, ?)")
                .execute(arguments: [postID, mention.meeting.map { meetingIDs[$0] }, entityID, mention.role])
        }
    }
}

extension Archive {
    /// The current posts whose day (first meeting's date, else posted date) falls from `since`
    /// to `until` (either may be open; with neither, every post, undated ones too), in day order.
    public func posts(since: CalendarDate?, until: CalendarDate?) throws(Diagnostic) -> [Post] {
        let ids = try reading { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM post WHERE current = 1 AND (?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2)
                ORDER BY day IS NULL, day, title, key
                """, arguments: [since?.description, until?.description])
        }
        return try posts(ids: ids)
    }
}

extension Archive {
    /// The two versions of the one post whose key contains `text` (a part of its address or
    /// path): `versions` numbers them (both must exist), else the last two. An error says when no
    /// post or several match, or the post has one version only.
    public func versionPair(of text: String, versions: (Int, Int)? = nil) throws(Diagnostic) -> (old: Post, new: Post, numbers: (Int, Int)) {
        let keys = try keys(matching: text)
        guard keys.count == 1, let key = keys.first else {
            let what = keys.isEmpty ? "no archived post's address or path holds '\(text)'"
                : "\(keys.count) archived posts match '\(text)' (\(keys.prefix(3).joined(separator: ", "))\(keys.count > 3 ? ", …" : "")); give more of the address"
            throw .error(what, path: folder.path)
        }
        let all = try self.versions(key: key)
        let (a, b) = versions ?? (all.count - 1, all.count)
        guard let old = all.first(where: { $0.version == a }), let new = all.first(where: { $0.version == b }) else {
            throw .error("\(key) has \(all.count == 1 ? "one version only" : "versions 1 to \(all.count)"); nothing to compare", path: folder.path)
        }
        return (old.post, new.post, (a, b))
    }
}
