import Foundation
import WIBCore

/// Marks people by the shape of their names — capitalised words, with initials ("B. Lynn Pascoe"),
/// particles ("Rahim bin Osman", "Pieter van der Berg", "Layla al-Hashimi"), hyphens and
/// diacritics ("Joaquín Ruiz-Albéniz") — when the text ties the name to a person:
///
/// - a title before it: "Assistant Secretary-General for Europe, Central Asia, and the Americas
///   Miroslav Jenča", "OCHA’s Director of Operations Clara Nguyen", "NATO Secretary-General Pim
///   Jansen" (the title keeps its organisation or country);
/// - a title between commas before it: "the Personal Envoy for Western Sahara, Hanna Lindqvist,";
/// - a role after it: "Selma Korhonen, director of a heritage fund", "Ghada Fathi Waly, the
///   Executive Director of …";
/// - an honorific: "Dr Layla al-Hashimi", "Dato Rahim bin Osman";
/// - a verb of speaking after it: "Karel Vos will brief", "Pim Jansen said".
///
/// Later mentions of the same people by full name or surname ("Jenča", "Jenca") link to them.
/// The id is the name; the ``EntityAttributeKey/title`` attribute holds the title as written.
public struct PersonAnnotator: EntityFinder {
    private static let headsOf: WordSet = ["head", "chief", "director"]
    private static let articles: WordSet = ["the", "a", "an", "its", "his", "her", "their"]
    private static let portfolioJoints: WordSet = ["and", "of", "for", "on"]
    private static let listOpeners: WordSet = ["are", "include", "includes", "from", "by", "be"]
    public static let name = "people"
    public var kinds: Set<EntityKind> { [.person] }

    /// Creates the annotator.
    public init() {}

    public func spans(in document: AnnotationDocument) -> [FoundSpan] {
        var found: [FoundSpan] = []
        var known: [String: EntityAttributes] = [:]
        var order: [String] = []
        var taken = [[Range<Int>]](repeating: [], count: document.blocks.count)
        for block in document.blocks {
            for person in PersonAnnotator.people(in: block) {
                found.append(FoundSpan(block: block.index, range: person.range, entity: person.entity))
                taken[block.index].append(person.range)
                if known[person.entity.id] == nil { order.append(person.entity.id) }
                known[person.entity.id] = known[person.entity.id] ?? person.entity.attributes
            }
        }
        guard !order.isEmpty else { return found }
        let mentions = Lexicon(entries: order.flatMap { name in PersonAnnotator.laterForms(of: name).map { ($0, true, LexiconEntry.organisation(name)) } })
        for block in document.blocks {
            let taken = taken[block.index]
            var next = 0
            for hit in mentions.hits(in: block.tokens, bytes: block.bytes) where hit.tokens.lowerBound >= next {
                guard case .organisation(let name) = hit.entry else { continue }
                let range = block.range(tokens: hit.tokens.lowerBound, through: hit.tokens.upperBound - 1)
                guard !taken.contains(where: { $0.overlaps(range) }), !block.isMark(hit.tokens.lowerBound - 1, "-") else { continue }
                if let after = block.next(after: hit.tokens.upperBound - 1), block.tokens[after].isCapitalised, after == hit.tokens.upperBound + 1,
                   !block.isWord(after, "and") { continue }
                found.append(FoundSpan(block: block.index, range: range, entity: Entity(kind: .person, id: name, attributes: known[name] ?? EntityAttributes())))
                next = hit.tokens.upperBound
            }
        }
        return found
    }

    /// The full name, the surname (the words after the first), and the last word, each also
    /// without diacritics.
    static func laterForms(of name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        var forms = [name]
        if words.count > 2 { forms.append(words.dropFirst().joined(separator: " ")) }
        // Family name first: "Yoon" for Yoon Suk Yeol.
        if words.count == 3, !words.contains(where: { Titles.particles.contains($0) }), words[0].count >= 3, !nonNames.contains(words[0]) { forms.append(words[0]) }
        if let last = words.last, words.count > 1, last.count >= 3, !nonNames.contains(last) { forms.append(last) }
        return forms.flatMap { form -> [String] in
            let folded = form.withoutDiacritics
            return folded == form ? [form] : [form, folded]
        }
    }

    /// People introduced in one block, in order.
    static func people(in block: BlockText) -> [(range: Range<Int>, entity: Entity)] {
        var people: [(range: Range<Int>, entity: Entity)] = []
        var barrier = 0
        var i = 0
        while i < block.tokens.count {
            guard var name = nameRun(at: i, in: block) else { i += 1; continue }
            // "… of Operations and Advocacy Edem Wosornu": after a connector, a three-word run's
            // first word belongs to the portfolio.
            if let before = block.previous(before: name.first), block.isWord(before, in: PersonAnnotator.portfolioJoints),
               let word = block.previous(before: before), block.tokens[word].isCapitalised, !isNameWord(word, in: block),
               nameWords(name.first...name.last, in: block) >= 3, let second = block.next(after: name.first) {
                name = (second, name.last)
            }
            // "the Small Arms Survey", "the Global Coalition": a run that ends in a word of
            // institutions names one, not a person.
            if institutionWords.contains(block.tokens[name.last].key) {
                i = name.last + 1
                continue
            }
            var accepted: (start: Int, title: String?)?
            if let title = titleBefore(name.first, barrier: barrier, in: block) {
                accepted = (title.start, title.text)
            } else if let title = titleBetweenCommas(before: name.first, barrier: barrier, in: block) {
                accepted = (name.first, title)
            } else if let role = roleAfter(name.last, in: block) {
                accepted = (name.first, role)
            } else if honorific(before: name.first, in: block) != nil || speaks(after: name.last, in: block) || namedAs(after: name.last, in: block)
                        || continuesList(before: name.first, lastPerson: people.last.map { block.token(at: $0.range.upperBound - 1) }, in: block)
                        || introducedAsBriefer(before: name.first, in: block) {
                accepted = (name.first, nil)
            }
            guard let accepted else { i = name.last + 1; continue }
            var attributes = EntityAttributes()
            if let title = accepted.title, !title.isEmpty { attributes[.title] = title }
            let text = block.string(tokens: name.first, through: name.last).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let start = min(accepted.start, honorific(before: name.first, in: block) ?? name.first)
            people.append((block.range(tokens: start, through: name.last), Entity(kind: .person, id: text, attributes: attributes)))
            barrier = name.last + 1
            i = name.last + 1
        }
        return people
    }

    // MARK: Names

    /// Capitalised words that are never part of a name.
    static let nonNames: Set<String> = {
        var words = Titles.portfolioWords.union(Titles.modifiers)
        for head in Titles.heads { for word in head.split(whereSeparator: { $0 == " " || $0 == "-" }) { words.insert(String(word)) } }
        words.formUnion(["The", "This", "These", "Those", "That", "It", "He", "She", "They", "We", "In", "On", "At", "For", "Of", "And",
                         "But", "As", "If", "While", "After", "Before", "Following", "During", "Since", "With", "Council", "Members",
                         "Tomorrow", "Today", "Yesterday", "Tonight", "Republic", "Kingdom", "Nations", "Union", "Group", "Friends",
                         "Arria", "Presidential", "Statement", "Resolution", "Draft", "Monthly", "Forecast", "Blue", "What", "Update",
                         "Insights", "Briefing", "Consultations", "Meeting", "Debate", "Sanctions", "Committee", "Its", "Their", "His",
                         "Her", "Our", "A", "An", "Also", "However", "Both", "All", "Several", "Some", "Many", "Most", "Other", "When",
                         "Where", "Which", "Who", "According", "Under", "Over", "By", "From", "To", "At", "Through", "Between", "Among",
                         "Ambassador", "State", "States", "Government", "Army", "Forces", "Party", "Front", "Movement", "Agreement",
                         "Accord", "Declaration", "Plan", "Framework", "Roadmap", "Conference", "Summit", "Forum", "Initiative", "Fund",
                         "Bank", "Court", "Tribunal", "House", "Palace", "Hall", "Chamber", "Square", "City", "Province", "Region",
                         "District", "Island", "Islands", "River", "Lake", "Sea", "Ocean", "Gulf", "Strait", "Peninsula", "Valley",
                         "Street", "Road", "Camp", "Corridor", "Zone", "Line", "Day", "Week", "Year", "Month", "Eid", "Christmas",
                         "Ramadan", "Secretary", "General", "Mission", "Office", "Operation", "Operations", "UN", "Security", "Member",
                         "Western", "Eastern", "Northern", "Southern", "Upper", "Lower", "New", "Old", "Saint", "San", "Santa", "Port",
                         "Fort", "Mount", "Gaza", "West", "Bank", "Strip", "Sahara", "Darfur", "Kosovo", "Abyei", "Golan", "Heights",
                         "Tigray", "Donbas", "Crimea", "Kashmir", "Rakhine", "Idlib", "Aleppo", "Hodeidah", "Tripoli", "Kinshasa", "Goma",
                         "Mopti", "Juba", "Khartoum", "Kabul", "Kyiv", "Moscow", "Washington", "Beijing", "London", "Paris", "Geneva",
                         "Nairobi", "Addis", "Ababa", "Doha", "Cairo", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Sanaa", "Aden",
                         "Mogadishu", "Bamako", "Niamey", "Port-au-Prince", "Caracas", "Havana", "Bogotá", "Bogota", "Naypyidaw",
                         "Pyongyang", "Seoul", "Tokyo", "Delhi", "Islamabad", "Tehran", "Riyadh", "Ankara", "Brussels", "Vienna",
                         "Hague", "York", "Jeddah", "Sudanese", "Russian", "Chinese", "American", "British", "French", "Ukrainian",
                         "Israeli", "Palestinian", "Syrian", "Yemeni", "Libyan", "Malian", "Haitian", "Congolese", "Afghan", "Iraqi",
                         "Iranian", "Lebanese", "Somali", "Ethiopian", "Eritrean", "Kenyan", "Colombian", "Venezuelan", "Myanmar",
                         "Rohingya", "Houthi", "Houthis", "Taliban", "Hamas", "Hezbollah", "Al-Shabaab", "ISIL", "Da’esh", "Wagner",
                         "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                         "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Posted", "Print",
                         "Share", "Tags", "Sign", "Subscribe", "Background", "Key", "Issues", "Options", "Dynamics", "Tomorrow’s",
                         "Human", "Rights", "Watch", "Amnesty", "International", "Crisis", "Doctors", "Without", "Borders", "Red",
                         "Cross", "Crescent", "Council’s", "Joint", "Investigative", "Mechanism", "Panel", "Experts", "Team", "Women",
                         "Peace", "Youth", "Children", "Armed", "Conflict", "Climate", "Change", "Cultural", "Heritage", "Cyber"])
        return words
    }()

    /// Whether token `i` can be a word of a name: capitalised, not an acronym, not a state,
    /// organisation, group, title, calendar or cue word.
    static func isNameWord(_ i: Int, in block: BlockText) -> Bool {
        guard i >= 0, i < block.tokens.count else { return false }
        let token = block.tokens[i]
        guard token.kind == .word, token.isCapitalised, !token.isAllCapitals || token.end - token.start == 1 else { return false }
        for hit in block.hits(at: i) {
            switch hit.entry {
            case .state, .group, .organisation, .titleHead, .titleModifier, .honorific, .month, .weekday: return false
            case .cue: continue
            }
        }
        return !nonNameKeys.contains(token.key) && !roleNouns.contains(token.key)
    }

    static func isParticle(_ i: Int, in block: BlockText) -> Bool {
        guard i >= 0, i < block.tokens.count, block.tokens[i].kind == .word else { return false }
        return particles.contains(block.tokens[i].key) && (!block.tokens[i].isCapitalised || i > 0)
    }

    static let particles = WordSet(Array(Titles.particles))
    /// ``Titles/roleNouns`` as keys.
    static let roleNouns = WordSet(Array(Titles.roleNouns))
    /// ``nonNames`` as keys (folded: the words are only looked up for capitalised tokens).
    static let nonNameKeys = WordSet(Array(nonNames))

    /// The name that starts at token `i`: 2 to 5 words, with initials, particles and joined parts.
    static func nameRun(at i: Int, in block: BlockText) -> (first: Int, last: Int)? {
        guard isNameWord(i, in: block) || (block.isMark(i + 1, "-") && isJoinedCalendarWord(i, in: block)), !isJoined(before: i, in: block) else { return nil }
        var last = i
        var words = 1
        var j = i
        while words < 5 {
            // Joined parts: "Jong-un", "O’Brien", "Ruiz-Albéniz"; an initial's full stop.
            if j + 2 < block.tokens.count, block.isMark(j + 1, "-") || block.isMark(j + 1, "’") || block.isMark(j + 1, "'"),
               block.tokens[j + 2].kind == .word, !(block.isWord(j + 2, "s") && !block.isMark(j + 1, "-")) {
                j += 2; last = j; continue
            }
            if block.tokens[j].end - block.tokens[j].start == 1, block.tokens[j].isCapitalised, block.isMark(j + 1, ".") {
                j += 1; last = j
            }
            guard j + 2 < block.tokens.count, block.tokens[j + 1].kind == .space, !block.breaksLine(j + 1) else { break }
            var k = j + 2
            // Particles: "bin Osman", "van der Berg", "al-Hashimi".
            while isParticle(k, in: block), k + 2 < block.tokens.count,
                  block.tokens[k + 1].kind == .space || block.isMark(k + 1, "-") || block.isMark(k + 1, "’") {
                k += 2
            }
            guard isNameWord(k, in: block) || (block.isMark(k + 1, "-") && isJoinedCalendarWord(k, in: block)) else { break }
            j = k; last = k; words += 1
        }
        // An initial alone is no name; a name has at least two words.
        guard words >= 2 || (last > i && block.isMark(last, ".") == false && isJoined(after: i, in: block) && words >= 2) else { return nil }
        if block.isMark(last, ".") { return nil }
        return (i, last)
    }

    /// Whether token `i` is a month or weekday word joined by a hyphen to a word of a name: the
    /// first part of a name ("Jan-Erik", "May-Britt").
    static func isJoinedCalendarWord(_ i: Int, in block: BlockText) -> Bool {
        guard i >= 0, i + 2 < block.tokens.count, block.tokens[i].kind == .word, block.tokens[i].isCapitalised, block.isMark(i + 1, "-"),
              isNameWord(i + 2, in: block) else { return false }
        return block.hits(at: i).allSatisfy { hit in
            switch hit.entry {
            case .month, .weekday, .cue: true
            default: false
            }
        }
    }

    /// How many words (not particles, joined parts or full stops) a name run has.
    static func nameWords(_ run: ClosedRange<Int>, in block: BlockText) -> Int {
        run.filter { block.tokens[$0].kind == .word && block.tokens[$0].isCapitalised && !isJoined(before: $0, in: block) }.count
    }

    private static func isJoined(before i: Int, in block: BlockText) -> Bool {
        block.isMark(i - 1, "-") || block.isMark(i - 1, "’") || block.isMark(i - 1, "'") || block.isMark(i - 1, "/")
    }

    private static func isJoined(after i: Int, in block: BlockText) -> Bool {
        block.isMark(i + 1, "-") || block.isMark(i + 1, "’")
    }

    // MARK: Cues

    /// Lower-case words that may stand inside a title ("and head of BINUH").
    private static let titleLowercase: WordSet = ["for", "of", "on", "to", "and", "the", "in", "head", "chief", "director", "deputy",
                                                       "acting", "interim", "s", "with", "at"]
    private static let titleTrim: WordSet = ["for", "of", "on", "to", "and", "the", "in", "s", "with", "at"]

    /// The title that stands right before the name at token `first` (after any honorific), not
    /// reaching back past `barrier`: its first token and text.
    static func titleBefore(_ first: Int, barrier: Int, in block: BlockText) -> (start: Int, text: String)? {
        var end = first
        if let honorific = honorific(before: first, in: block) { end = honorific }
        var start = end
        var head = false
        var j = block.previous(before: end)
        // A name never follows a bare connector: "the Centre for Digital Resilience" is an institution.
        if let k = j, block.tokens[k].kind == .word, titleTrim.contains(block.tokens[k].key), !block.tokens[k].isCapitalised { return nil }
        while let k = j, k >= barrier {
            let token = block.tokens[k]
            // Before its head, a title's portfolio may hold commas ("for Europe, Central Asia, and the Americas").
            if block.isMark(k, ","), !head, let after = block.next(after: k), block.tokens[after].isCapitalised || block.isWord(after, "and") {
                start = k
                j = block.previous(before: k)
                continue
            }
            // "… Jenča and Special Envoy …": a name before "and" ends the title, once its head is
            // read; before the head, "and" joins the words of a portfolio ("of the Food and
            // Agriculture Organization").
            if head, block.isWord(k, "and"), let before = block.previous(before: k), isNameWord(before, in: block) { break }
            if token.kind == .word {
                if block.hits(at: k).contains(where: { if case .titleHead = $0.entry { true } else { false } }) {
                    head = true
                    start = k
                    j = block.previous(before: k)
                    continue
                }
                if !token.isCapitalised && !titleLowercase.contains(token.key) && !(token.kind == .word && token.isAllCapitals) { break }
                if !token.isCapitalised, PersonAnnotator.headsOf.contains(token.key), block.isWord(block.next(after: k), "of") { head = true }
            } else if token.kind == .punctuation {
                guard block.isMark(k, "-") || block.isMark(k, "’") || block.isMark(k, "'") || block.isMark(k, "&") else { break }
            } else if token.kind == .number {
                break
            }
            if block.month(at: k) != nil { break }
            start = k
            j = block.previous(before: k)
        }
        guard head, start < end else { return nil }
        while start < end, block.tokens[start].kind != .word || titleTrim.contains(block.tokens[start].key) && !block.tokens[start].isCapitalised
                || block.isWord(start, "The") {
            start += 1
        }
        // The comma between a title and its name is no part of it.
        guard start < end, var last = block.previous(before: end), last >= start else { return nil }
        while last > start, block.isMark(last, ",") { last = block.previous(before: last) ?? start }
        return (start, block.string(tokens: start, through: last))
    }

    /// The title in the words between the previous comma (or the sentence's start) and the comma
    /// right before the name at `first`: "the Personal Envoy for Western Sahara, Hanna Lindqvist".
    static func titleBetweenCommas(before first: Int, barrier: Int, in block: BlockText) -> String? {
        guard let comma = block.previous(before: first), block.isMark(comma, ","), comma > barrier else { return nil }
        let sentence = block.sentence(containing: first)
        var start = comma
        var head = false
        var j = comma - 1
        while j >= max(sentence.lowerBound, barrier), !block.isMark(j, ","), !block.isMark(j, ";"), !block.isMark(j, ":") {
            if block.hits(at: j).contains(where: { if case .titleHead = $0.entry { true } else { false } }) { head = true }
            if block.tokens[j].kind == .word, roleNouns.contains(block.tokens[j].key) { head = true }
            start = j
            j -= 1
        }
        guard head, let last = block.previous(before: comma) else { return nil }
        while start < comma, block.tokens[start].kind == .space || block.isWord(start, "the") || block.isWord(start, "a") { start += 1 }
        guard start <= last else { return nil }
        // The name must be followed by a comma or a verb, as an apposition is.
        return block.string(tokens: start, through: last)
    }

    /// The role set after the name at `last` between commas: ", director of …", ", the Executive
    /// Director of …", ", an archaeologist".
    static func roleAfter(_ last: Int, in block: BlockText) -> String? {
        guard let comma = block.next(after: last), block.isMark(comma, ","), var j = block.next(after: comma) else { return nil }
        let start = j
        var found = false
        var words = 0
        while j < block.tokens.count, words < 8, !block.isMark(j, ","), !block.isMark(j, ";"), !block.isMark(j, "."), !block.isMark(j, "(") {
            if block.tokens[j].kind == .word {
                words += 1
                if block.hits(at: j).contains(where: { if case .titleHead = $0.entry { true } else { false } }) { found = true }
                if roleNouns.contains(block.tokens[j].key) { found = true }
                if words == 1, !block.tokens[j].isCapitalised, !PersonAnnotator.articles.contains(block.tokens[j].key),
                   !roleNouns.contains(block.tokens[j].key), !block.hits(at: j).contains(where: { if case .titleHead = $0.entry { true } else { false } }) {
                    // ", who …", ", which …": not a role.
                    return nil
                }
            }
            j += 1
        }
        guard found else { return nil }
        // The role runs on to the end of its clause: "an engineer who advises water utilities in West Africa".
        while j < block.tokens.count, !block.isMark(j, ","), !block.isMark(j, ";"), !block.isMark(j, "."), !block.isMark(j, "(") { j += 1 }
        guard let end = block.previous(before: j), end >= start else { return nil }
        var text = block.string(tokens: start, through: end)
        for article in ["the ", "a ", "an "] where text.hasPrefix(article) { text.removeFirst(article.count) }
        return text
    }

    /// The last words of institutions' names, never of people's.
    static let institutionWords: WordSet = [
        "Survey", "Institute", "Centre", "Center", "Network", "Foundation", "Alliance", "Coalition", "Watch", "Group", "Agency",
        "Programme", "Program", "Fund", "Tribunals", "Tribunal", "Mechanism", "Initiative", "Project", "Association", "Society",
        "Federation", "Commission", "Committee", "Council", "Organization", "Organisation", "Office", "Department", "Ministry",
        "University", "College", "School", "Academy", "Forum", "Trust", "Partnership", "Platform", "Movement", "Party", "Front",
        "Army", "Forces", "Brigade", "Police", "Service", "Services", "Authority", "Board", "Bank", "Court", "Secretariat",
        "Mission", "Operation", "Force", "Team", "Unit", "Panel", "Campaign", "Consortium", "Corporation", "Company", "Research",
        "International", "Affairs", "Studies", "Rights", "Relief", "Aid", "Action", "Frontières", "Borders", "Crescent",
    ]

    /// Whether the name follows "and" or a comma after the last person found, directly or after
    /// that person's role between commas: "A, B and C", "A, an economist, and B"; or the next
    /// semicolon of a list after a colon: "are: A, a nurse; B, security director of a charity".
    static func continuesList(before first: Int, lastPerson: Int?, in block: BlockText) -> Bool {
        guard let lastPerson, let joint = block.previous(before: first) else { return false }
        if block.isMark(joint, ";") || (block.isWord(joint, "and") && block.isMark(block.previous(before: joint), ";")) {
            // "A, a nurse; B, security director of a charity; and C": the items of a list after a
            // colon, or after the noun of the speakers ("The expected briefers are A; B, who …; and C").
            let semicolon = block.isMark(joint, ";") ? joint : block.previous(before: joint)!
            let sentence = block.sentence(containing: first)
            return sentence.contains(lastPerson) && (sentence.lowerBound..<lastPerson).contains { block.isMark($0, ":") || block.has(.brieferNoun, at: $0) }
                && !(lastPerson..<semicolon).contains { block.isMark($0, ";") || block.isMark($0, ".") }
        }
        if block.isWord(joint, "and"), let before = block.previous(before: joint) {
            if before == lastPerson || (block.isMark(before, ",") && block.previous(before: before) == lastPerson) { return true }
            // "A, a parish priest from Bossangoa, and B": a role between commas, then "and".
            guard block.isMark(before, ","), let comma = block.next(after: lastPerson), block.isMark(comma, ","), comma < before,
                  before - comma < 30 else { return false }
            return !(comma + 1..<before).contains { block.isMark($0, ".") || block.isMark($0, ";") || block.isMark($0, ",") }
        }
        return block.isMark(joint, ",") && block.previous(before: joint) == lastPerson
    }

    /// Whether the name stands where a list of briefers begins: "the briefers are X", "will hear
    /// from X", "briefings by X", "expected speakers: X".
    static func introducedAsBriefer(before first: Int, in block: BlockText) -> Bool {
        guard let joint = block.previous(before: first), block.isWord(joint, in: PersonAnnotator.listOpeners) || block.isMark(joint, ":") else {
            return false
        }
        var j: Int? = joint
        var steps = 0
        while let k = j, steps < 6 {
            if block.has(.brieferNoun, at: k) || block.has(.briefVerb, at: k) { return true }
            j = block.previous(before: k)
            steps += 1
        }
        return false
    }

    /// Whether the clause names the person's office after the name: "… António Guterres to a
    /// second term as Secretary-General".
    static func namedAs(after last: Int, in block: BlockText) -> Bool {
        var j = block.next(after: last)
        var steps = 0
        while let k = j, steps < 8, !block.isMark(k, ","), !block.isMark(k, "."), !block.isMark(k, ";") {
            if block.isWord(k, "as"), var title = block.next(after: k) {
                if block.isWord(title, "the") || block.isWord(title, "UN"), let next = block.next(after: title) { title = next }
                return block.hits(at: title).contains { if case .titleHead = $0.entry { true } else { false } }
            }
            j = block.next(after: k)
            steps += 1
        }
        return false
    }

    private static let deliveryVerbs: WordSet = ["make", "give", "deliver", "provide", "present", "offer"]
    private static let briefingDeterminers: WordSet = ["a", "an", "the", "her", "his", "their", "its", "first", "initial", "final", "last",
                                                       "inaugural", "maiden", "regular", "annual", "monthly", "own", "joint"]

    /// Whether token `k` is a verb that gives a briefing with the briefing as its object: "make
    /// her first briefing", "give his final briefing", "deliver a joint briefing".
    static func givesABriefing(_ k: Int, in block: BlockText) -> Bool {
        guard block.isWord(k, in: deliveryVerbs) else { return false }
        var j = block.next(after: k)
        var words = 0
        while let i = j, words < 4, block.isWord(i, in: briefingDeterminers) {
            j = block.next(after: i)
            words += 1
        }
        return block.isWord(j, "briefing")
    }

    /// The honorific right before token `first` ("Dr", "Dato"), as its first token.
    static func honorific(before first: Int, in block: BlockText) -> Int? {
        guard var j = block.previous(before: first) else { return nil }
        if block.isMark(j, "."), let word = block.previous(before: j), word == j - 1 { j = word }
        guard block.hits(at: j).contains(where: { $0.entry == .honorific && $0.tokens.upperBound >= j + 1 }) else { return nil }
        return j
    }

    private static let speech: WordSet = ["brief", "briefs", "briefed", "said", "says", "told", "stated", "noted", "warned", "announced",
                                               "wrote", "spoke", "speak", "addressed", "address", "presented", "present", "update", "updated",
                                               "argued", "added", "stressed", "emphasised", "emphasized"]
    private static let auxiliaries: WordSet = ["will", "is", "are", "was", "expected", "to", "set", "scheduled", "due", "may", "also",
                                                    "has", "have", "had", "would", "could", "might", "then", "later", "likely", "be", "again"]

    /// Whether a verb of speaking follows the name at `last` ("will brief", "is expected to
    /// brief", "said").
    static func speaks(after last: Int, in block: BlockText) -> Bool {
        var j = block.next(after: last)
        // ", who leads a youth network in Tunisia, are expected to brief", ", whose term ends this month, will brief"
        if let comma = j, block.isMark(comma, ","), block.isWord(block.next(after: comma), "who") || block.isWord(block.next(after: comma), "whose") {
            var k = comma + 1
            while k < block.tokens.count, !block.isMark(k, ","), !block.isMark(k, "."), !block.isMark(k, ";") { k += 1 }
            guard block.isMark(k, ",") else { return false }
            j = block.next(after: k)
        }
        // "X and Y will brief", "X, Y and Z are expected to brief": over the other names.
        var skipped = 0
        while let k = j, skipped < 12, block.isWord(k, "and") || block.isMark(k, ",") || isNameWord(k, in: block) || isParticle(k, in: block)
                || block.isMark(k, "-") || block.isMark(k, "’") {
            if block.isWord(k, "and") || block.isMark(k, ","), let next = block.next(after: k), !isNameWord(next, in: block) && !block.isWord(next, "and") {
                if block.isMark(k, ",") { break }
            }
            j = block.next(after: k)
            skipped += 1
        }
        var steps = 0
        while let k = j, steps < 6 {
            if speech.contains(block.tokens[k].key) || givesABriefing(k, in: block) { return true }
            guard auxiliaries.contains(block.tokens[k].key) else { return false }
            j = block.next(after: k)
            steps += 1
        }
        return false
    }
}
