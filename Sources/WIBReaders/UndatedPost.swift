import WIBCore

/// What a post without a posted date means for its dates, as its readers' warnings say it.
///
/// The year then comes from the post's address or its file name (a ``DateHint``, as
/// ``DateResolver`` takes it), or from nowhere; never from the clock.
enum UndatedPost {
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
