import WIBCore
import Yams

/// The YAML front matter of WIBKit's Markdown, as far as a post needs it, and the keys other
/// tools write for the same things (Jekyll, Hugo, pandoc, Obsidian's web clipper): `date` or
/// `published` for the posted date, `link` for the address (or `source` when it is one), and
/// `tags` as a list or a comma-separated line. Unknown keys (the entity lists, which annotators
/// derive again; `author`, `description`) are ignored.
struct MarkdownFrontMatter: Decodable {
    var title: String?
    var posted: CalendarDate?
    /// Another tool's date, not yet read: its key (`date` or `published`) and its text (empty when
    /// the value is not text).
    var writtenDate: (key: String, text: String)?
    var topic: String?
    var kind: String?
    var series: String?
    var source: String?
    var url: String?
    var updated = false
    var truncated = false
    var tags: [String] = []
    /// The `meeting` key: the first meeting.
    var meeting = Meeting()
    /// The `meetings` key, which lists every meeting when there is more than one.
    var meetings: [Meeting]?
    /// Whether it is a pack's front matter (it lists posts).
    var isPack = false

    init() {}

    /// Decodes `yaml`, which starts on line `firstLine` of `path`.
    init(yaml: String, path: String, firstLine: Int) throws(Diagnostic) {
        do {
            self = try YAMLDecoder().decode(MarkdownFrontMatter.self, from: yaml)
        } catch let error as YamlError {
            throw .error("the front matter is not valid YAML: \(MarkdownFrontMatter.problem(of: error))", path: path, line: firstLine)
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            let problem = (context.underlyingError as? YamlError).map(MarkdownFrontMatter.problem(of:)) ?? context.debugDescription
            throw .error("the front matter is not valid YAML: \(problem)", path: path, line: firstLine)
        } catch let error as DecodingError {
            throw .error("the front matter does not describe a post: \(MarkdownFrontMatter.describe(error))", path: path, line: firstLine)
        } catch {
            throw .error("the front matter cannot be read: \(error)", path: path, line: firstLine)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case title, posted, date, published, topic, kind, series, source, url, link, updated, truncated, tags, meeting, meetings, posts
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        posted = try c.decodeIfPresent(CalendarDate.self, forKey: .posted)
        if let key = [CodingKeys.date, .published].first(where: { c.contains($0) }), try !c.decodeNil(forKey: key) {
            writtenDate = (key.stringValue, (try? c.decode(String.self, forKey: key)) ?? "")
        }
        topic = try c.decodeIfPresent(String.self, forKey: .topic)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        series = try c.decodeIfPresent(String.self, forKey: .series)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        let address = source.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
        url = try c.decodeIfPresent(String.self, forKey: .url) ?? c.decodeIfPresent(String.self, forKey: .link) ?? address
        updated = try c.decodeIfPresent(Bool.self, forKey: .updated) ?? false
        truncated = try c.decodeIfPresent(Bool.self, forKey: .truncated) ?? false
        if let line = try? c.decodeIfPresent(String.self, forKey: .tags) {
            tags = line.split(separator: ",").map(\.trimmedWhitespace).filter { !$0.isEmpty }
        } else {
            tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        }
        meeting = try c.decodeIfPresent(Meeting.self, forKey: .meeting) ?? Meeting()
        meetings = try c.decodeIfPresent([Meeting].self, forKey: .meetings)
        isPack = c.contains(.posts)
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            "\(problem) (front matter line \(mark.line))"
        default:
            "\(error)"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
