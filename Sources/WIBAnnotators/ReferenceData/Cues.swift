import WIBCore

/// A cue word or phrase: the words by which posts say when a meeting is, what kind it is, who
/// asked for it and who speaks, and how a vote went.
public enum Cue: Sendable, Hashable {
    /// A day relative to the posted date: today and tonight (0), tomorrow (1), yesterday (−1).
    case relativeDay(Int)
    /// A part of the day: morning, afternoon, evening (tonight is evening).
    case partOfDay(TimeOfDay)
    /// "am" or "pm" after a clock time.
    case clock(afternoon: Bool)
    /// Noon or midday.
    case noon
    /// A word that puts a clause in the future: will, is expected to, is scheduled to, plans to.
    case future
    /// A past-tense verb of meeting: held, received, met, was briefed.
    case pastMeeting
    /// A verb that calls a meeting off or moves it: postponed, cancelled, deferred, called off.
    case cancelled
    /// A past verb of saying, after which a future is the speaker's: said, told, stated, warned.
    case saying
    /// A meeting noun and the format it names: briefing, consultations, debate, meeting.
    case meetingNoun(String)
    /// A qualifier a format keeps: open, closed, informal, private, emergency, high-level.
    case keptQualifier
    /// A qualifier a format drops: monthly, quarterly, regular, annual, first.
    case droppedQualifier
    /// A verb of briefing: brief (any form), speak, update, address, present, hear from.
    case briefVerb
    /// A noun that names the speakers: briefer(s), speaker(s).
    case brieferNoun
    /// A verb that marks presence without speaking: attend.
    case attendVerb
    /// A phrase that introduces requesters: at the request of, requested by, was sought by,
    /// following a request from.
    case requestedBy
    /// A verb whose subject requested: requested, called for, asked for, sought.
    case requestVerb
    /// A phrase that introduces supporters: with the support of, supported by.
    case supportedBy
    /// Rule 37 of the provisional rules of procedure.
    case rule37
    /// Voting: vote, votes, voted, voting.
    case voteWord
    /// Adopting, renewing or extending: adopt, renew, extend, roll over.
    case adoptionWord
    /// A phrase that opens a new clause about another event: after which, followed by.
    case clauseBreak
    /// A preposition that makes a following date a deadline: until, through, expiring on.
    case deadline
}

extension Cue {
    /// The kind of a cue without its value, as a bit for ``BlockText/has(_:at:)``.
    public enum Category: Int, Sendable, CaseIterable {
        case relativeDay, partOfDay, clock, noon, future, pastMeeting, cancelled, saying, meetingNoun, keptQualifier, droppedQualifier
        case briefVerb, brieferNoun, attendVerb, requestedBy, requestVerb, supportedBy, rule37, voteWord, adoptionWord
        case clauseBreak, deadline
    }

    /// This cue's category.
    public var category: Category {
        switch self {
        case .relativeDay: .relativeDay
        case .partOfDay: .partOfDay
        case .clock: .clock
        case .noon: .noon
        case .future: .future
        case .pastMeeting: .pastMeeting
        case .cancelled: .cancelled
        case .saying: .saying
        case .meetingNoun: .meetingNoun
        case .keptQualifier: .keptQualifier
        case .droppedQualifier: .droppedQualifier
        case .briefVerb: .briefVerb
        case .brieferNoun: .brieferNoun
        case .attendVerb: .attendVerb
        case .requestedBy: .requestedBy
        case .requestVerb: .requestVerb
        case .supportedBy: .supportedBy
        case .rule37: .rule37
        case .voteWord: .voteWord
        case .adoptionWord: .adoptionWord
        case .clauseBreak: .clauseBreak
        case .deadline: .deadline
        }
    }
}

/// The phrases of each ``Cue``.
enum Cues {
    static let phrases: [(phrase: String, cue: Cue)] = {
        var list: [(String, Cue)] = [
            ("today", .relativeDay(0)), ("tonight", .relativeDay(0)), ("tomorrow", .relativeDay(1)), ("yesterday", .relativeDay(-1)),
            ("later today", .relativeDay(0)), ("this morning", .relativeDay(0)), ("this afternoon", .relativeDay(0)),
            ("this evening", .relativeDay(0)), ("earlier today", .relativeDay(0)),
            ("morning", .partOfDay(.morning)), ("afternoon", .partOfDay(.afternoon)), ("evening", .partOfDay(.evening)),
            ("tonight", .partOfDay(.evening)), ("am", .clock(afternoon: false)), ("a.m", .clock(afternoon: false)),
            ("pm", .clock(afternoon: true)), ("p.m", .clock(afternoon: true)), ("noon", .noon), ("midday", .noon),
            ("rule 37", .rule37), ("rules 37", .rule37), ("rules 39 and 37", .rule37), ("rules 37 and 39", .rule37),
            ("after which", .clauseBreak), ("followed by", .clauseBreak), ("to be followed by", .clauseBreak),
            ("until", .deadline), ("till", .deadline), ("through", .deadline), ("expiring on", .deadline), ("expires on", .deadline), ("ends on", .deadline), ("end on", .deadline), ("ending on", .deadline),
            ("runs until", .deadline), ("run until", .deadline),
            ("expire on", .deadline), ("due to expire on", .deadline), ("expires in", .deadline), ("expire in", .deadline),
            ("expiring in", .deadline), ("due to expire in", .deadline), ("ends in", .deadline), ("ending in", .deadline),
            ("at the request of", .requestedBy), ("requested by", .requestedBy),
            ("called for by", .requestedBy), ("on the request of", .requestedBy), ("upon the request of", .requestedBy),
            ("sought by", .requestedBy), ("asked for by", .requestedBy), ("at the behest of", .requestedBy),
            ("following a request from", .requestedBy), ("following a request by", .requestedBy), ("following requests from", .requestedBy),
            ("following a request of", .requestedBy), ("after a request from", .requestedBy), ("after a request by", .requestedBy),
            ("in response to a request from", .requestedBy), ("in response to a request by", .requestedBy),
            ("upon a request from", .requestedBy), ("on a request from", .requestedBy), ("follows a request from", .requestedBy),
            ("follows a request by", .requestedBy),
            ("requested", .requestVerb), ("called for", .requestVerb), ("asked for", .requestVerb),
            ("have requested", .requestVerb), ("sought", .requestVerb),
            ("with the support of", .supportedBy), ("with support from", .supportedBy), ("supported by", .supportedBy),
            ("backed by", .supportedBy), ("with the backing of", .supportedBy), ("with support of", .supportedBy),
            ("attend", .attendVerb), ("attends", .attendVerb), ("attending", .attendVerb), ("participate", .attendVerb),
            ("participating", .attendVerb), ("take part", .attendVerb),
            ("briefer", .brieferNoun), ("briefers", .brieferNoun), ("speaker", .brieferNoun), ("speakers", .brieferNoun),
            ("civil society briefer", .brieferNoun),
        ]
        for word in ["will", "shall", "expected", "scheduled", "set to", "due to", "likely", "plans", "plan", "intends", "upcoming",
                     "anticipated", "planned", "poised", "going to", "ahead of", "expect", "expects", "intend", "hope to", "hopes to", "aim to", "forthcoming", "next week", "next month", "may", "might", "could", "would", "aims", "to be held", "is to", "are to"] {
            list.append((word, .future))
        }
        for word in ["held", "received", "met", "was briefed", "were briefed", "convened", "discussed", "heard", "was updated",
                     "were updated", "was last updated", "last met", "last discussed", "last received", "had", "took place"] {
            list.append((word, .pastMeeting))
        }
        for word in ["postponed", "cancelled", "canceled", "deferred", "called off", "put off", "delayed", "rescheduled"] {
            list.append((word, .cancelled))
        }
        for word in ["said", "told", "stated", "noted", "warned", "argued", "added", "stressed", "emphasised", "emphasized", "explained",
                     "indicated", "insisted", "claimed", "asserted", "cautioned", "acknowledged", "suggested", "reiterated", "underlined",
                     "underscored", "observed"] {
            list.append((word, .saying))
        }
        for (noun, format) in [("briefing", "briefing"), ("briefings", "briefing"), ("consultations", "consultations"),
                               ("consultation", "consultations"), ("debate", "debate"), ("meeting", "meeting"), ("session", "meeting"),
                               ("interactive dialogue", "interactive dialogue"), ("dialogue", "dialogue"), ("straw poll", "straw poll"),
                               ("any other business", "any other business"), ("AOB", "any other business"), ("retreat", "retreat"),
                               ("videoconference", "videoconference"), ("VTC", "VTC"), ("video-teleconference", "videoconference"),
                               ("video-conference", "videoconference"), ("video teleconference", "videoconference"), ("press statement", "press statement"),
                               ("vote", "vote"), ("adoption", "adoption"), ("Arria-formula meeting", "Arria-formula meeting"),
                               ("Arria formula meeting", "Arria-formula meeting"), ("Arria meeting", "Arria-formula meeting"),
                               ("wrap-up session", "wrap-up session"), ("election", "election"), ("elections", "election"), ("open debate", "open debate"), ("open briefing", "open briefing")] {
            list.append((noun, .meetingNoun(format)))
        }
        for word in ["open", "closed", "informal", "private", "emergency", "high-level", "high level", "ministerial-level", "ministerial",
                     "summit-level", "leaders-level", "closed-door", "urgent", "joint", "consultative"] {
            list.append((word, .keptQualifier))
        }
        for word in ["monthly", "semi-annual", "semiannual", "quarterly", "regular", "annual", "first", "second", "third", "final", "last",
                     "periodic", "biannual", "bimonthly", "bi-monthly", "90-day", "120-day", "60-day", "six-monthly", "yearly", "additional",
                     "further", "another", "its", "their", "a", "an", "the", "this", "next", "upcoming", "scheduled", "planned", "routine",
                     "weekly", "biennial", "formal", "special", "public", "interactive", "virtual", "in-person", "hybrid",
                     "tomorrow’s", "today’s", "this afternoon’s", "this morning’s", "Council’s", "members’"] {
            list.append((word, .droppedQualifier))
        }
        for word in ["brief", "briefs", "briefed", "briefing", "provide a briefing", "give a briefing", "deliver a briefing",
                     "speak", "speaks", "address", "addresses", "update", "updates", "present", "presents", "hear from", "hear a briefing from",
                     "hear briefings from", "briefings from", "briefings by", "briefing from", "briefing by", "dialogue with",
                     "brief the Council"] {
            list.append((word, .briefVerb))
        }
        for word in ["vote", "votes", "voted", "voting"] { list.append((word, .voteWord)) }
        for word in ["adopt", "adopts", "adopted", "adopting", "adoption", "renew", "renews", "renewing", "renewal", "extend",
                     "extends", "extending", "extension", "prolong", "prolongs", "roll over", "rollover", "roll-over", "reauthorise",
                     "reauthorize", "reauthorising", "reauthorizing"] {
            list.append((word, .adoptionWord))
        }
        return list
    }()
}
