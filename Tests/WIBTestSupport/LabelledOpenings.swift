import Foundation
import WIBAnnotators
import WIBCore
import WIBReaders
import Yams

/// Labelled post openings for scoring the meeting facts: a YAML list in `Tests/Labelled`
/// (`openings.yml`, the development set; `heldout-openings.yml`, when present, written later).
///
/// Each entry is a post's title and opening paragraphs with the facts a reader should find in
/// them; the header of `openings.yml` gives the shape and the labelling conventions. Bad files
/// are reported as ``Diagnostic``s naming the file, the line and what is wrong.
public enum LabelledOpenings {
    /// One labelled post.
    public struct Entry: Sendable {
        /// A unique id, `dev-001`.
        public let id: String
        /// The kind of language the entry shows.
        public let kind: String
        /// The posted date; `nil` when the post has no Posted line.
        public let posted: CalendarDate?
        /// The post's title.
        public let title: String
        /// The opening paragraphs, separated by blank lines.
        public let text: String
        /// The facts a reader should find.
        public let expected: OpeningFacts
        /// The file the entry comes from (its name in `Tests/Labelled`).
        public let file: String
        /// The line the entry starts on (its `- id:`).
        public let line: Int

        /// The post as plain text, built as `../shared/cases/check-cases` builds it: the series
        /// header, `Posted Ddd d Mon yyyy` (unless `posted` is `nil`), the title, the paragraphs
        /// (each trimmed) and the sign-up footer, separated by blank lines.
        public var postText: String {
            var head = "What's In Blue\n\n"
            if let posted {
                let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
                let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                head += "Posted \(weekdays[posted.isoWeekday - 1]) \(posted.day) \(months[posted.month - 1]) \(posted.year)\n\n"
            }
            let body = text.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "\n\n")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: "\n\n")
            return head + title + "\n\n" + body + "\n\nSign up for What's In Blue emails\n"
        }

        /// ``postText`` read by the stock reader (as `wib convert` reads a plain-text post) and
        /// annotated by every standard annotator. Throws the reader's diagnostic, or an error
        /// when the text does not read as exactly one post.
        public func annotatedPost() throws -> Post {
            let path = "\(id).txt"
            let posts = try PostReader().read(bytes: Array(postText.utf8), path: path)
            guard posts.count == 1, let post = posts.first else {
                throw Diagnostic.error("\(id) reads as \(posts.count) posts, not one", path: file, line: line)
            }
            return StandardAnnotators.annotate(post)
        }
    }

    /// The entries of `file` in `Tests/Labelled`. Throws a ``Diagnostic`` when the file cannot be
    /// read or an entry is malformed.
    public static func load(file: String = "openings.yml") throws -> [Entry] {
        let url = LabelledSet.folder.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("cannot read the file as UTF-8 text", path: url.path)
        }
        return try parse(text, file: file)
    }

    /// Whether `file` exists in `Tests/Labelled`.
    public static func exists(file: String) -> Bool {
        FileManager.default.fileExists(atPath: LabelledSet.folder.appendingPathComponent(file).path)
    }

    /// The entries of `yaml`, the contents of `file`: a list of mappings with the keys `id`,
    /// `kind`, `posted`, `title`, `text` and `expect` (`meetings`, `resolutions`, `documents`,
    /// `states`), every meeting with all seven fields. Throws the first problem found, located.
    public static func parse(_ yaml: String, file: String) throws(Diagnostic) -> [Entry] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
                YamlError.composer(_, let problem, let mark, _) {
            throw .error("not valid YAML: \(problem)", path: file, line: mark.line)
        } catch {
            throw .error("not valid YAML: \(error)", path: file, line: 1)
        }
        guard let root, case .sequence(let list) = root else {
            throw .error("the file must be a YAML list of entries", path: file, line: root?.mark?.line ?? 1)
        }
        let reader = EntryReader(file: file)
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for node in list {
            let entry = try reader.entry(node)
            if let first = seen[entry.id] {
                throw .error("id '\(entry.id)' is used twice (first on line \(first))", path: file, line: entry.line)
            }
            seen[entry.id] = entry.line
            entries.append(entry)
        }
        return entries
    }

    /// Reads entries from YAML nodes, checking every field.
    private struct EntryReader {
        let file: String

        static let meetingKeys = ["date", "timeOfDay", "format", "agendaItem", "requestedBy", "briefers", "rule37"]
        static let timesOfDay: Set = ["morning", "afternoon", "evening"]

        func entry(_ node: Node) throws(Diagnostic) -> Entry {
            let line = node.mark?.line ?? 1
            let fields = try mapping(node, keys: ["id", "kind", "posted", "title", "text", "expect"], what: "an entry")
            let id = try string(fields["id"]!, "id")
            let posted = try optionalDate(fields["posted"]!, "posted")
            let expect = try mapping(fields["expect"]!, keys: ["meetings", "resolutions", "documents", "states"], what: "expect")
            let meetings = try list(expect["meetings"]!, "meetings").map { node throws(Diagnostic) in try meeting(node, posted: posted) }
            let expected = OpeningFacts(meetings: meetings,
                                        resolutions: try strings(expect["resolutions"]!, "resolutions"),
                                        documents: try strings(expect["documents"]!, "documents"),
                                        states: try codes(expect["states"]!, "states"))
            return Entry(id: id, kind: try string(fields["kind"]!, "kind"), posted: posted, title: try string(fields["title"]!, "title"),
                         text: try string(fields["text"]!, "text"), expected: expected, file: file, line: line)
        }

        func meeting(_ node: Node, posted: CalendarDate?) throws(Diagnostic) -> OpeningFacts.Meeting {
            let fields = try mapping(node, keys: EntryReader.meetingKeys, what: "a meeting")
            let date = try optionalDate(fields["date"]!, "date")
            if let date, let posted, date < posted {
                throw .error("meeting date \(date) is before the posted date \(posted)", path: file, line: fields["date"]!.mark?.line)
            }
            let timeOfDay = try optionalString(fields["timeOfDay"]!, "timeOfDay")
            if let timeOfDay, !EntryReader.timesOfDay.contains(timeOfDay) {
                throw .error("timeOfDay '\(timeOfDay)' is not morning, afternoon, evening or null", path: file, line: fields["timeOfDay"]!.mark?.line)
            }
            return OpeningFacts.Meeting(date: date?.description, timeOfDay: timeOfDay,
                                        format: try optionalString(fields["format"]!, "format"),
                                        agendaItem: try optionalString(fields["agendaItem"]!, "agendaItem"),
                                        requestedBy: try codes(fields["requestedBy"]!, "requestedBy"),
                                        briefers: try strings(fields["briefers"]!, "briefers"),
                                        rule37: try codes(fields["rule37"]!, "rule37"))
        }

        /// The values of a mapping that has exactly `keys`.
        func mapping(_ node: Node, keys: [String], what: String) throws(Diagnostic) -> [String: Node] {
            guard case .mapping(let mapping) = node else {
                throw .error("\(what) must be a mapping with the keys \(keys.joined(separator: ", "))", path: file, line: node.mark?.line)
            }
            var values: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.scalar?.string ?? "?"
                guard keys.contains(name) else {
                    throw .error("unknown key '\(name)' in \(what); the keys are: \(keys.joined(separator: ", "))", path: file, line: key.mark?.line)
                }
                values[name] = value
            }
            if let missing = keys.first(where: { values[$0] == nil }) {
                throw .error("\(what) has no '\(missing)' (write null or [] when the post does not say)", path: file, line: node.mark?.line)
            }
            return values
        }

        func list(_ node: Node, _ name: String) throws(Diagnostic) -> [Node] {
            guard case .sequence(let sequence) = node else { throw .error("'\(name)' must be a list ([] when empty)", path: file, line: node.mark?.line) }
            return Array(sequence)
        }

        func optionalString(_ node: Node, _ name: String) throws(Diagnostic) -> String? {
            guard case .scalar(let scalar) = node else { throw .error("'\(name)' must be a single value or null", path: file, line: node.mark?.line) }
            if scalar.style == .plain, node.null != nil { return nil }
            return scalar.string
        }

        func string(_ node: Node, _ name: String) throws(Diagnostic) -> String {
            guard let value = try optionalString(node, name), !value.isEmpty else {
                throw .error("'\(name)' must not be empty", path: file, line: node.mark?.line)
            }
            return value
        }

        func strings(_ node: Node, _ name: String) throws(Diagnostic) -> [String] {
            try list(node, name).map { item throws(Diagnostic) in try string(item, name) }
        }

        /// A list of ISO 3166-1 alpha-3 codes.
        func codes(_ node: Node, _ name: String) throws(Diagnostic) -> [String] {
            let items = try list(node, name)
            return try items.map { item throws(Diagnostic) in
                let code = try string(item, name)
                guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                    throw .error("'\(code)' in '\(name)' is not an ISO 3166-1 alpha-3 code", path: file, line: item.mark?.line)
                }
                return code
            }
        }

        func optionalDate(_ node: Node, _ name: String) throws(Diagnostic) -> CalendarDate? {
            guard let text = try optionalString(node, name) else { return nil }
            guard let date = CalendarDate(iso: text) else {
                throw .error("'\(name)' is not a real date as YYYY-MM-DD: \(text)", path: file, line: node.mark?.line)
            }
            return date
        }
    }
}
