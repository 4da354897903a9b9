import GRDB

/// The archive's tables, as migrations applied in order (GRDB's `DatabaseMigrator` records which
/// ran in its `grdb_migrations` table, so an archive made by an older wib is brought up to date
/// when it is opened, and one made by a newer wib is refused).
///
/// - `post`: one row per version of a post: `key` (the post's address, or the absolute path of
///   the file it was read from), `identity` (its folded title and posted date, by which another
///   copy of it is known), `version` (1, 2, … for that key), `current` (1 for the latest version
///   only), `source`, `url`, `title`, `posted` and `day` (the first meeting's date, else the
///   posted date; ISO 8601 text), `topic` and `topicFolded`, `truncated` (1 for an excerpt),
///   `textLength` (characters of its text), `contentHash` (64-bit FNV-1a of `json`, 16 hex
///   digits) and `json` (the post's JSON, as `wib convert --to json` writes it, `body` included).
/// - `meeting`: every meeting a current post previews, in order (`ordinal` from 0): `date`,
///   `timeOfDay`, `format` (and `formatFolded`), `agendaItem` (and `agendaFolded`).
/// - `briefer`: a meeting's briefers: `name`, `title`, `organization`.
/// - `entity`: each distinct thing named: `kind` (an ``EntityKind`` raw value), `key` (its id:
///   `S/RES/2231(2015)`, `GBR`, a person's name), `folded` (the key folded, for matching what
///   users type) and `number` (a resolution's number).
/// - `mention`: an entity in a current post, with its `role`: `mentioned` (a span of the text),
///   `requester` and `rule37` (states, by meeting), `briefer` (people or organisations, by meeting).
/// - `postText`: FTS5 over each current post's `title` and `body` (its text), rowid the post's id.
/// - `fetch`: what `wib sync` last got from each address: `etag`, `lastModified`.
/// - `sourceFile` (v2): each source read, with the `hash` of its text (64-bit FNV-1a): a file
///   `wib index` read, by absolute `path`, so that a file unchanged since is not read again; a
///   feed item `wib sync` read, by `item:` and its address, so that a changed item's page is
///   fetched again.
///
/// Facts (meetings, briefers, mentions, text) are kept for current versions only; earlier
/// versions keep their JSON.
enum ArchiveSchema {
    /// The migrator, with every migration registered.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: posts, meetings, entities, text") { db in
            try db.create(table: "post") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull()
                t.column("identity", .text)
                t.column("version", .integer).notNull()
                t.column("current", .boolean).notNull()
                t.column("source", .text)
                t.column("url", .text)
                t.column("title", .text).notNull()
                t.column("posted", .text)
                t.column("day", .text)
                t.column("topic", .text)
                t.column("topicFolded", .text)
                t.column("truncated", .boolean).notNull()
                t.column("textLength", .integer).notNull()
                t.column("contentHash", .text).notNull()
                t.column("json", .text).notNull()
                t.uniqueKey(["key", "version"])
            }
            try db.create(index: "postCurrent", on: "post", columns: ["current", "day"])
            try db.create(index: "postIdentity", on: "post", columns: ["identity", "current"])
            try db.create(table: "meeting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("post", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("date", .text)
                t.column("timeOfDay", .text)
                t.column("format", .text)
                t.column("formatFolded", .text)
                t.column("agendaItem", .text)
                t.column("agendaFolded", .text)
            }
            try db.create(table: "briefer") { t in
                t.belongsTo("meeting", onDelete: .cascade).notNull()
                t.column("name", .text)
                t.column("title", .text)
                t.column("organization", .text)
            }
            try db.create(table: "entity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("identity", .text)
                t.column("folded", .text).notNull()
                t.column("number", .integer)
                t.uniqueKey(["kind", "key"])
            }
            try db.create(index: "entityNumber", on: "entity", columns: ["kind", "number"])
            try db.create(index: "entityFolded", on: "entity", columns: ["kind", "folded"])
            try db.create(table: "mention") { t in
                t.belongsTo("post", onDelete: .cascade).notNull()
                t.belongsTo("meeting", onDelete: .cascade)
                t.belongsTo("entity").notNull()
                t.column("role", .text).notNull()
            }
            try db.create(index: "mentionEntity", on: "mention", columns: ["entityId", "role", "postId"])
            try db.create(virtualTable: "postText", using: FTS5()) { t in
                t.tokenizer = .unicode61()
                t.column("title")
                t.column("body")
            }
            try db.create(table: "fetch") { t in
                t.primaryKey("url", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
            }
        }
        migrator.registerMigration("v2: files read") { db in
            try db.create(table: "sourceFile") { t in
                t.primaryKey("path", .text)
                t.column("hash", .text).notNull()
            }
        }
        return migrator
    }
}
