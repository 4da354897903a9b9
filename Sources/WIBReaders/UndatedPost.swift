import WIBCore

/// What a post without a posted date of its own gets, as its readers' warnings say it.
///
/// Its posted date comes from a `YYYY-MM-DD` at the start of its file's name (as in
/// `2024-06-27-dprk.txt`, and as Jekyll names posts), when there is one. Else it has none, and
/// the year of its dates comes from its address or its file name (a ``DateHint``, as
/// ``DateResolver`` takes it), or from nowhere; never from the clock.
struct UndatedPost {
    /// The posted date taken from the file's name, if any.
    let posted: CalendarDate?
    /// The warning that says so, or what the post's dates are read in.
    let warning: Diagnostic

    /// The post read from `path` (its ``PostMetadata/source`` is `source`, its address `url`),
    /// whose title is on line `line`.
    init(path: String, source: String, url: String?, line: Int) {
        if let name = path.split(separator: "/").last, name.count >= 10, let date = CalendarDate(iso: String(name.prefix(10))) {
            posted = date
            warning = .warning("no posted date in the post; it is taken from the file name: \(date)", path: path, line: line)
        } else {
            posted = nil
            warning = .warning("no posted date in the post; \(UndatedPost.consequence(source: source, url: url))", path: path, line: line)
        }
    }

    /// The second half of the warning: "the year 2017 is taken from the post's address
    /// (2017-07), so dates written without a year are read in 2017", or "the year is unknown, so
    /// dates written without a year stay unresolved".
    static func consequence(source: String, url: String?) -> String {
        guard case .hint(let hint) = DateResolver(PostMetadata(title: "", source: source, url: url)).reference else {
            return "the year is unknown, so dates written without a year stay unresolved"
        }
        let year = hint.description.prefix(4)
        return "the year \(year) is taken from \(hint.origin.rawValue) (\(hint)), so dates written without a year are read in \(year)"
    }
}
