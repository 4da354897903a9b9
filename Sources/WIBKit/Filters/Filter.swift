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
    public enum CountryRole: String, Sendable, CaseIterable {
        /// Anywhere: mentioned in the text, a requester, or a rule 37 participant.
        case any
        /// Among the states that requested the meeting.
        case requester
        /// Among those who brief: a briefer's title or organisation names the state, or it speaks under rule 37.
        case briefer
    }

    public static let options = [
        TransformerOption("agenda", .text, "Part of the agenda item or the topic (\"Non-proliferation/DPRK\", \"Sudan\")."),
        TransformerOption("country", .country, "A state, as ISO 3166-1 alpha-3 (PRK)."),
        TransformerOption("countryRole", .choice(CountryRole.allCases.map(\.rawValue)), "Where the country must appear (default: any)."),
        TransformerOption("since", .date, "The first meeting date kept."),
        TransformerOption("until", .date, "The last meeting date kept."),
        TransformerOption("format", .text, "The meeting's format, as the post puts it (briefing, open debate, consultations)."),
        TransformerOption("text", .text, "Words that the title or the text must contain."),
    ]

    /// Part of the agenda item or topic.
    public var agenda: String?
    /// An ISO 3166-1 alpha-3 code.
    public var country: String?
    /// Where the country must appear.
    public var countryRole: CountryRole
    /// The first date kept.
    public var since: CalendarDate?
    /// The last date kept.
    public var until: CalendarDate?
    /// The meeting format.
    public var format: String?
    /// Words the post must contain.
    public var text: String?

    /// A filter with the given criteria; `nil` criteria are not applied.
    public init(agenda: String? = nil, country: String? = nil, countryRole: CountryRole = .any, since: CalendarDate? = nil,
                until: CalendarDate? = nil, format: String? = nil, text: String? = nil) {
        self.agenda = agenda
        self.country = country?.uppercased()
        self.countryRole = countryRole
        self.since = since
        self.until = until
        self.format = format
        self.text = text
    }

    public init(options: TransformerOptions) throws(Diagnostic) {
        self.init(agenda: options.text("agenda"), country: options.text("country"),
                  countryRole: options.text("countryRole").flatMap(CountryRole.init(rawValue:)) ?? .any,
                  since: options.date("since"), until: options.date("until"), format: options.text("format"), text: options.text("text"))
        if let since, let until, since > until {
            throw options.error("'since' (\(since)) is after 'until' (\(until)); no post could match", option: "until")
        }
        if options.text("countryRole") != nil, country == nil {
            throw options.error("'countryRole' needs a 'country'", option: "countryRole")
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

    /// `text` as the ISO 3166-1 alpha-3 code of a UN member or observer state, in any case (`prk`
    /// gives `PRK`). Throws a message saying what to write: the code of a state given by name
    /// ("write the ISO 3166-1 alpha-3 code: HTI, not 'Haiti'"), or that the code is unknown.
    public static func countryCode(_ text: String) throws(Diagnostic) -> String {
        let code = text.uppercased()
        if MemberStates.all.contains(where: { $0.code == code }) { return code }
        if let named = codeByFoldedName[text.folded] { throw .error("write the ISO 3166-1 alpha-3 code: \(named), not '\(text)'", path: nil) }
        throw .error("'\(text)' is not the ISO 3166-1 alpha-3 code of a UN member or observer state (such as PRK, UKR, USA)", path: nil)
    }

    /// Every state's code by its names, folded ("north korea").
    private static let codeByFoldedName = Dictionary(MemberStates.codeByName.map { ($0.key.folded, $0.value) }, uniquingKeysWith: { first, _ in first })

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

    private func mentions(_ country: String, in post: Post) -> Bool {
        let meeting = post.meeting
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
