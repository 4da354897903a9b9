import WIBAnnotators
import WIBCore

/// Keeps the posts that meet every criterion given, and drops the others.
///
/// Text comparisons ignore case and diacritics; country codes are read in any case (`prk` is
/// `PRK`). Dates are the meeting's, or the posted date when the post names no meeting date; a post
/// with neither (an undated post) fails a date criterion, and the run warns how many undated posts
/// that left out.
public struct Filter: ConfigurableTransformer {
    public static let name = "filter"
    public static let summary = "Keeps the posts that match every criterion given: agenda item, country, dates, meeting format, text."

    /// Which part a post a country must appear in.
    public enum CountryRole: String, Sendable, CaseIterable, ExpressibleByOption {
        /// Anywhere: mentioned in the text, a requester, or a rule 37 participant.
        case any
        /// Among the states that requested the meeting.
        case requester
        /// Among those who brief: a briefer's title or organisation names the state, or it speaks under rule 37.
        case briefer
    }

    /// Part of the agenda item or topic.
    @Option(help: "Part of the agenda item or the topic (\"Non-proliferation/DPRK\", \"Sudan\").")
    public var agenda: String?
    /// A state the post must name.
    @Option(help: "A state that the post mentions, or that requests, briefs or speaks under rule 37 at its meeting; its code in any case.")
    public var country: CountryCode?
    /// Where the country must appear.
    @Option(help: "Where the country must appear: anywhere (any), among the requesters, or among those who brief.")
    public var countryRole = CountryRole.any
    /// The first date kept.
    @Option(help: "The first meeting date kept (the posted date when a post names none; undated posts are left out, with a warning).")
    public var since: CalendarDate?
    /// The last date kept.
    @Option(help: "The last meeting date kept (the posted date when a post names none; undated posts are left out, with a warning).")
    public var until: CalendarDate?
    /// The meeting format.
    @Option(help: "The meeting's format, as the post puts it (briefing, open debate, consultations).")
    public var format: String?
    /// Words the post must contain.
    @Option(help: "Words that the title or the text must contain.")
    public var text: String?

    /// A filter that keeps every post.
    public init() {}

    /// A filter with the given criteria; `nil` criteria are not applied.
    public init(agenda: String? = nil, country: CountryCode? = nil, countryRole: CountryRole = .any, since: CalendarDate? = nil,
                until: CalendarDate? = nil, format: String? = nil, text: String? = nil) {
        self.agenda = agenda
        self.country = country
        self.countryRole = countryRole
        self.since = since
        self.until = until
        self.format = format
        self.text = text
    }

    public func validate() throws {
        if let since, let until, since > until {
            throw OptionError("'since' (\(since)) is after 'until' (\(until)); no post could match", at: $until)
        }
        if $countryRole.isGiven, country == nil {
            throw OptionError("'countryRole' needs a 'country'", at: $countryRole)
        }
    }

    public func transform(_ corpus: Corpus, in context: TransformContext) async throws -> Corpus {
        if !description.isEmpty { context.noteFilter(description) }
        if since != nil || until != nil {
            var undatedOnly = self
            (undatedOnly.since, undatedOnly.until) = (nil, nil)
            let undated = corpus.posts.filter { $0.meeting.date == nil && $0.metadata.posted == nil && undatedOnly.matches($0) }.count
            if undated > 0 {
                let dates = [since.map { "since \($0)" }, until.map { "until \($0)" }].compactMap { $0 }.joined(separator: "; ")
                context.warn(.warning("\(undated) undated post\(undated == 1 ? "" : "s") (no meeting or posted date) \(undated == 1 ? "was" : "were") left out by the date filter (\(dates))", path: nil))
            }
        }
        return Corpus(posts: corpus.posts.filter(matches))
    }

    /// The criteria in words: "agenda “Sudan”; country PRK (requester); since 2024-01-01".
    public var description: String {
        var parts: [String] = []
        if let agenda { parts.append("agenda “\(agenda)”") }
        if let country { parts.append(countryRole == .any ? "country \(country)" : "country \(country) (\(countryRole.rawValue))") }
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if let format { parts.append("format “\(format)”") }
        if let text { parts.append("text “\(text)”") }
        return parts.joined(separator: "; ")
    }

    /// Whether `post` meets every criterion.
    public func matches(_ post: Post) -> Bool {
        if let agenda {
            let wanted = agenda.folded
            let fields = [post.meeting.agendaItem, post.metadata.topic].compactMap { $0?.folded }
            guard fields.contains(where: { $0.contains(wanted) }) else { return false }
        }
        if let country, !mentions(country, in: post) { return false }
        if since != nil || until != nil {
            guard let date = post.meeting.date ?? post.metadata.posted else { return false }
            if let since, date < since { return false }
            if let until, date > until { return false }
        }
        if let format, post.meeting.format?.folded != format.folded { return false }
        if let text {
            let haystack = (post.metadata.title + "\n" + post.bodyText).folded
            guard haystack.contains(text.folded) else { return false }
        }
        return true
    }

    private func mentions(_ country: CountryCode, in post: Post) -> Bool {
        let (meeting, country) = (post.meeting, country.code)
        switch countryRole {
        case .any:
            return meeting.requestedBy.contains(country) || meeting.rule37.contains(country)
                || post.distinctEntityIDs(of: .memberState).contains(country)
        case .requester:
            return meeting.requestedBy.contains(country)
        case .briefer:
            let names = (MemberStates.all.first { $0.code == country }?.names ?? []).map(\.folded)
            let briefers = meeting.briefers.flatMap { [$0.title, $0.organization] }.compactMap { $0?.folded }
            return meeting.rule37.contains(country) || briefers.contains { field in names.contains { field.contains($0) } }
        }
    }
}
