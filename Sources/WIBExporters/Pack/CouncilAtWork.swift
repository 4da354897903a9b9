import WIBAnnotators
import WIBCore

/// "The Council at work": what a pack's posts show of the Council's meetings, counted.
///
/// - **meetings**: every meeting the posts preview (``Post/meetings``, not only the first). A
///   meeting that several posts preview (the same date, format and topic) counts once, with
///   the requesters, briefers and rule 37 participants of every telling;
/// - **by format** (the post's phrase; "format not given" when it has none) and **by month**,
///   or **by year** when the meetings span more than 24 months (the chart keeps the empty ones
///   between, as a time axis does; a span of more than 60 years shows only years with meetings);
/// - **who requested** meetings (states), **who briefed** (people, or organisations when no
///   person is named, with their titles), and **rule 37** participants, each counted in meetings;
/// - **votes**: how many meetings are votes or adoptions, and the vetoes, abstentions and votes
///   against that the posts tell of (``VoteAnnotator``'s spans), by the state that cast them,
///   counted in posts (a post counts once per state and outcome; past votes told as background
///   count too).
///
/// Counts come in descending order, ties by name; periods in date order. The section is GFM
/// tables, each followed by a chart (``PackFigure``): the format share as a pie, the others as
/// bars.
struct CouncilAtWork {
    /// A thing counted: a format, period, state or briefer.
    struct Count: Hashable {
        /// How a reader names it.
        let label: String
        /// More about it: a briefer's titles and organisation.
        let detail: String
        /// How many meetings (or posts, for votes).
        let count: Int
    }

    /// A state that cast vetoes, abstentions or votes against, in how many posts each; the state
    /// is `nil` for the posts that name no caster.
    struct Caster: Hashable {
        /// The state's name, or `nil` for the posts that name no caster.
        let state: String?
        /// Posts that tell of its vetoes.
        let vetoes: Int
        /// Posts that tell of its abstentions.
        let abstentions: Int
        /// Posts that tell of its votes against.
        let against: Int
    }

    /// How many posts the pack holds.
    let posts: Int
    /// How many distinct meetings they preview.
    let meetings: Int
    /// How many of those have no date.
    let undated: Int
    /// Meetings by format.
    let formats: [Count]
    /// Whether ``periods`` are months ("Jun 2024") rather than years ("2024").
    let byMonth: Bool
    /// Dated meetings by month or year, in date order, empty periods included.
    let periods: [Count]
    /// Meetings requested, by state.
    let requesters: [Count]
    /// Meetings briefed, by person or organisation.
    let briefers: [Count]
    /// Meetings with rule 37 participation, by state.
    let rule37: [Count]
    /// Meetings that are votes, and adoptions.
    let votes: Int, adoptions: Int
    /// Vetoes, abstentions and votes against told of, by state, then the posts naming no caster.
    let casters: [Caster]

    /// The longest chart of names; the tables list every one.
    static let chartLimit = 12
    /// The most periods a chart shows with the empty ones between.
    private static let continuousLimit = 60

    /// The counts over `posts`, in the pack's order (first tellings win for labels), with states
    /// named as the pack names them (`names`, by default as these posts name them).
    init(posts: [Post], names: PackStateNames? = nil) {
        let names = names ?? PackStateNames(posts: posts)
        self.posts = posts.count
        let meetings = CouncilAtWork.distinctMeetings(in: posts)
        self.meetings = meetings.count
        undated = meetings.filter { $0.date == nil }.count
        formats = CouncilAtWork.counted(meetings.map { [$0.format ?? "format not given"] })
        let dates = meetings.compactMap(\.date)
        let months = dates.map { $0.year * 12 + $0.month - 1 }
        byMonth = (months.max() ?? 0) - (months.min() ?? 0) < 24
        periods = CouncilAtWork.periods(of: dates, byMonth: byMonth)
        requesters = CouncilAtWork.counted(meetings.map { $0.requestedBy.map(names.name(of:)) })
        rule37 = CouncilAtWork.counted(meetings.map { $0.rule37.map(names.name(of:)) })
        var titles: [String: [String]] = [:]
        for briefer in meetings.flatMap(\.briefers) {
            let key = CouncilAtWork.label(of: briefer)
            let role = briefer.name == nil ? (briefer.title ?? "") : [briefer.title, briefer.organization].compactMap { $0 }.joined(separator: ", ")
            if !role.isEmpty, titles[key]?.contains(role) != true { titles[key, default: []].append(role) }
        }
        briefers = CouncilAtWork.counted(meetings.map { $0.briefers.map(CouncilAtWork.label(of:)) }).map {
            Count(label: $0.label, detail: (titles[$0.label] ?? []).joined(separator: "; "), count: $0.count)
        }
        let kinds = meetings.compactMap { $0.format?.lowercased() }
        votes = kinds.filter { $0.contains("vote") }.count
        adoptions = kinds.filter { !$0.contains("vote") && $0.contains("adoption") }.count
        casters = CouncilAtWork.casters(in: posts, names: names)
    }

    /// A briefer as counted: the person's name, else the organisation, else the title.
    private static func label(of briefer: Briefer) -> String {
        briefer.name ?? briefer.organization ?? briefer.title ?? "unnamed"
    }

    /// The meetings of `posts`, in order, those with the same date, format and topic merged.
    private static func distinctMeetings(in posts: [Post]) -> [Meeting] {
        var meetings: [Meeting] = []
        var seen: [[String]: Int] = [:]
        for post in posts {
            for meeting in post.meetings {
                guard let date = meeting.date else { meetings.append(meeting); continue }
                let key = [date.description, meeting.format?.folded ?? "", (post.metadata.topic ?? meeting.agendaItem ?? post.metadata.title).folded]
                guard let index = seen[key] else {
                    seen[key] = meetings.count
                    meetings.append(meeting)
                    continue
                }
                meetings[index].requestedBy = adding(meeting.requestedBy, to: meetings[index].requestedBy)
                meetings[index].briefers = adding(meeting.briefers, to: meetings[index].briefers)
                meetings[index].rule37 = adding(meeting.rule37, to: meetings[index].rule37)
            }
        }
        return meetings
    }

    /// `list` and then the items of `new` that it lacks.
    private static func adding<T: Equatable>(_ new: [T], to list: [T]) -> [T] {
        var merged = list
        for item in new where !merged.contains(item) { merged.append(item) }
        return merged
    }

    /// How many of the lists name each label (a list counts once per label), most first, ties
    /// by name.
    private static func counted(_ lists: [[String]]) -> [Count] {
        var counts: [String: Int] = [:]
        for list in lists {
            for label in Set(list) { counts[label, default: 0] += 1 }
        }
        return counts.map { Count(label: $0.key, detail: "", count: $0.value) }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return (a.label.folded, a.label) < (b.label.folded, b.label)
        }
    }

    /// Meetings per month or year from the first to the last, empty ones included unless there
    /// are more than ``continuousLimit``.
    private static func periods(of dates: [CalendarDate], byMonth: Bool) -> [Count] {
        let index = { (date: CalendarDate) in byMonth ? date.year * 12 + date.month - 1 : date.year }
        var counts: [Int: Int] = [:]
        for date in dates { counts[index(date), default: 0] += 1 }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        let shown = last - first < continuousLimit ? Array(first...last) : counts.keys.sorted()
        return shown.map { period in
            let label = byMonth ? "\(MonthName.name(of: period % 12 + 1)!.prefix(3)) \(period / 12)" : String(period)
            return Count(label: label, detail: "", count: counts[period] ?? 0)
        }
    }

    /// The vetoes, abstentions and votes against of each post, by caster.
    private static func casters(in posts: [Post], names: PackStateNames) -> [Caster] {
        // outcome → caster ("" for none) → the posts that tell of it
        var told: [String: [String: Set<Int>]] = [:]
        for (index, post) in posts.enumerated() {
            for mention in post.entities where mention.entity.kind == .vote && outcomes.contains(mention.entity.id) {
                let states = mention.entity.attributes[.states] ?? []
                for state in states.isEmpty ? [""] : states { told[mention.entity.id, default: [:]][state, default: []].insert(index) }
            }
        }
        let count = { (outcome: String, state: String) in told[outcome]?[state]?.count ?? 0 }
        let states = Set(told.values.flatMap(\.keys)).filter { !$0.isEmpty }
        let named = states.map { code in
            Caster(state: names.name(of: code), vetoes: count("veto", code), abstentions: count("abstention", code), against: count("against", code))
        }.sorted { a, b in
            let (x, y) = (a.vetoes + a.abstentions + a.against, b.vetoes + b.abstentions + b.against)
            if x != y { return x > y }
            return (a.state!.folded, a.state!) < (b.state!.folded, b.state!)
        }
        let unnamed = Caster(state: nil, vetoes: count("veto", ""), abstentions: count("abstention", ""), against: count("against", ""))
        return named + (unnamed.vetoes + unnamed.abstentions + unnamed.against > 0 ? [unnamed] : [])
    }

    private static let outcomes: Set<String> = ["veto", "abstention", "against"]

    // MARK: The section

    /// The section's parts, after its heading: a summary line, then each count as a table with
    /// its chart.
    var parts: [PackPart] {
        var parts: [PackPart] = []
        var blocks: [Block] = [PackBlocks.paragraph([.text(summary)])]
        func flush(_ figure: PackFigure?) {
            if !blocks.isEmpty { parts.append(.blocks(blocks)) }
            blocks = []
            if let figure { parts.append(.figure(figure)) }
        }
        if !formats.isEmpty {
            blocks.append(lead("Meetings by format"))
            blocks.append(PackBlocks.table(["Format", "Meetings", "Share"], formats.map { [[.text($0.label)], [.text(String($0.count))], [.text(share($0.count))]] }))
            flush(PackFigure(.share(chart("Meetings by format", formats))))
        }
        if !periods.isEmpty {
            let title = byMonth ? "Meetings by month" : "Meetings by year"
            blocks.append(lead(title))
            blocks.append(PackBlocks.table([byMonth ? "Month" : "Year", "Meetings"], periods.filter { $0.count > 0 }.map { [[.text($0.label)], [.text(String($0.count))]] }))
            flush(PackFigure(.bars(chart(title, periods), horizontal: false)))
        }
        blocks.append(lead("Who requested meetings"))
        if requesters.isEmpty {
            blocks.append(PackBlocks.paragraph([.text("No meeting names the states that requested it.")]))
        } else {
            blocks.append(PackBlocks.table(["Requester", "Meetings requested"], requesters.map { [[.text($0.label)], [.text(String($0.count))]] }))
            flush(PackFigure(.bars(chart("Who requested meetings", requesters).prefix(CouncilAtWork.chartLimit), horizontal: true)))
        }
        blocks.append(lead("Who briefed"))
        if briefers.isEmpty {
            blocks.append(PackBlocks.paragraph([.text("No meeting names its briefers.")]))
        } else {
            // The count first: the page keeps a first column on one line, and names and titles
            // need room to wrap on a phone.
            blocks.append(PackBlocks.table(["Meetings", "Briefer", "Title"], briefers.map { [[.text(String($0.count))], [.text($0.label)], [.text($0.detail)]] }))
            flush(PackFigure(.bars(chart("Who briefed", briefers).prefix(CouncilAtWork.chartLimit), horizontal: true)))
        }
        blocks.append(lead("Rule 37 participants"))
        blocks.append(rule37.isEmpty ? PackBlocks.paragraph([.text("No meeting names states taking part under rule 37.")])
            : PackBlocks.table(["Participant", "Meetings"], rule37.map { [[.text($0.label)], [.text(String($0.count))]] }))
        blocks.append(lead("Votes, vetoes and abstentions"))
        blocks.append(PackBlocks.paragraph([.text(votesLine)]))
        if !casters.isEmpty {
            blocks.append(PackBlocks.table(["Cast by", "Vetoes", "Abstentions", "Against"], casters.map { caster in
                [[.text(caster.state ?? "no state named")], [.text(String(caster.vetoes))], [.text(String(caster.abstentions))], [.text(String(caster.against))]]
            }))
        }
        flush(nil)
        return parts
    }

    /// "13 meetings previewed in 12 posts (one that several posts preview counts once); 1 has no date."
    private var summary: String {
        var text = "\(CouncilAtWork.counting(meetings, "meeting")) previewed in \(CouncilAtWork.counting(posts, "post"))"
        text += " (a meeting that several posts preview counts once)"
        if undated > 0 { text += "; \(undated) \(undated == 1 ? "has" : "have") no date" }
        return text + "."
    }

    private var votesLine: String {
        let text = meetings == 0 ? "The posts preview no meetings."
            : "Of the \(CouncilAtWork.counting(meetings, "meeting")), \(votes) \(votes == 1 ? "is a vote" : "are votes") and \(adoptions) "
                + "\(adoptions == 1 ? "an adoption" : "adoptions")."
        if casters.isEmpty { return text + " The posts tell of no veto, abstention or vote against." }
        return text + " Posts that tell of vetoes, abstentions and votes against, by the state that cast them (a post counts once"
            + " for each; votes told as background count too):"
    }

    private static func counting(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private func share(_ count: Int) -> String {
        meetings == 0 ? "" : "\(Int((Double(count) * 100 / Double(meetings)).rounded()))%"
    }

    private func lead(_ text: String) -> Block {
        PackBlocks.paragraph([.strong([.text(text)])])
    }

    private func chart(_ title: String, _ counts: [Count]) -> BarChart {
        BarChart(title: title, unit: "Meetings", bars: counts.map { BarChart.Bar(label: $0.label, value: $0.count) })
    }
}
