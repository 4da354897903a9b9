/// The lines of a What's In Blue page that are not the post: page controls ("Print", "Share")
/// and footers ("Sign up for What's In Blue emails"). Readers keep them as chrome; the
/// `strip-boilerplate` transformer removes them wherever they turn up.
public enum PageFurniture {
    /// Page controls, folded (lower case).
    public static let controls: Set<String> = ["print", "share", "email", "tweet", "facebook", "twitter", "linkedin"]
    /// Lines that name the site above a post in a browser's copy, folded: the series ("What's In
    /// Blue") and the site ("Security Council Report").
    public static let siteNames: Set<String> = ["what's in blue", "security council report", "securitycouncilreport.org",
                                                 "www.securitycouncilreport.org", "security council report: what's in blue"]
    /// Footer lines, folded (lower case, straight apostrophes).
    public static let footers: Set<String> = ["sign up for what's in blue emails", "subscribe to receive scr publications"]

    /// The first words of the controls, site names and footers: a line starting with none of
    /// them is none of them, and needs no folding to tell.
    private static let controlWords = firstWords(of: controls), siteNameWords = firstWords(of: siteNames),
                       footerWords = firstWords(of: footers)

    /// What the site puts after a post's title in the page's title, which saved pages and web
    /// clippers keep.
    static let titleSuffixes = [" : What's In Blue : Security Council Report", " : What’s In Blue : Security Council Report",
                                " : What's In Blue", " : What’s In Blue", " : Security Council Report"]

    /// `title` without the site's suffix: "Iraq: Briefing : What's In Blue : Security Council
    /// Report" is "Iraq: Briefing".
    static func withoutTitleSuffix(_ title: String) -> String {
        var title = title
        for suffix in titleSuffixes where title.hasSuffix(suffix) { title.removeLast(suffix.count) }
        return title
    }

    /// Whether `text` is a footer line.
    public static func isFooter(_ text: some StringProtocol) -> Bool {
        text.foldedMayStart(withOneOf: footerWords) && footers.contains(text.folded)
    }

    /// Whether `text` (without its bullet) is a page control.
    public static func isControl(_ text: some StringProtocol) -> Bool {
        text.foldedMayStart(withOneOf: controlWords) && controls.contains(text.folded)
    }

    /// The site name (one of ``siteNames``, folded) that `text` is, or `nil`.
    static func siteName(of text: some StringProtocol) -> String? {
        guard text.foldedMayStart(withOneOf: siteNameWords) else { return nil }
        let folded = text.folded
        return siteNames.contains(folded) ? folded : nil
    }

    /// The first word of each of `names`, once each, in order.
    private static func firstWords(of names: Set<String>) -> [String] {
        Set(names.compactMap { $0.split(separator: " ").first.map(String.init) }).sorted()
    }
}
