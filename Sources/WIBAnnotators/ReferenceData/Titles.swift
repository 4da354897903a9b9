/// The words of officials' titles.
enum Titles {
    /// Titles that come right before a name or a portfolio ("Special Envoy for Syria …").
    static let heads = [
        "Secretary-General", "Deputy Secretary-General", "Under-Secretary-General", "Assistant Secretary-General",
        "Special Representative", "Deputy Special Representative", "Special Envoy", "Deputy Special Envoy", "Personal Envoy",
        "Special Coordinator", "Deputy Special Coordinator", "Special Adviser", "Special Advisor", "Special Rapporteur",
        "High Representative", "High Commissioner", "Deputy High Commissioner", "Emergency Relief Coordinator",
        "Executive Director", "Executive Secretary", "Director-General", "Director", "Chief", "Head", "Chair", "Chairperson",
        "Chairman", "President", "Vice President", "Vice-President", "Prime Minister", "Minister", "Ambassador",
        "Permanent Representative", "Secretary of State", "Secretary", "Adviser", "Advisor", "Spokesperson", "Spokesman", "Commissioner", "Prosecutor", "Judge", "King", "Queen",
        "Emir", "Crown Prince", "Commander", "Force Commander", "Coordinator", "Registrar", "Chef de Cabinet",
        "leader", "Professor",
    ]

    /// Honorifics: they come before a name but are no title.
    static let honorifics: Set<String> = ["Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr", "Dato", "Datuk", "Dato’", "Sheikh", "Sheikha",
                                          "Sir", "Dame", "H.E.", "Prof.", "Prof", "Lord", "Lady", "Baroness", "Baron", "Rev.", "Father", "Sister", "Imam", "Rabbi"]

    /// Particles inside names: "bin", "al-", "van der", "de", "von".
    static let particles: Set<String> = ["bin", "binti", "bint", "ibn", "ben", "al", "el", "van", "der", "den", "de", "da", "di", "do",
                                         "dos", "das", "du", "von", "la", "le", "y", "ould", "abu", "ter", "te", "zu", "af", "del", "della", "degli"]

    /// Lower-case nouns that say what a person is ("an archaeologist", "a museum curator"), for
    /// names set before their role.
    static let roleNouns: Set<String> = [
        "director", "head", "chief", "chair", "chairperson", "president", "minister", "envoy", "representative", "coordinator", "adviser",
        "advisor", "expert", "researcher", "activist", "founder", "co-founder", "professor", "lawyer", "journalist", "archaeologist",
        "curator", "officer", "commander", "member", "ambassador", "spokesperson", "secretary", "analyst", "advocate", "executive",
        "leader", "rapporteur", "judge", "prosecutor", "fellow", "scholar", "economist", "physician", "doctor", "nurse", "survivor",
        "defender", "chairman", "chairwoman", "deputy", "manager", "specialist", "consultant", "student", "editor", "writer", "author",
        "chancellor", "governor", "mayor", "partner", "representative", "delegate", "negotiator", "mediator", "facilitator", "official",
        "programme", "program", "senior", "co-chair", "co-director", "vice-president", "commissioner", "worker", "administrator",
        "hydrologist", "historian", "scientist", "engineer", "anthropologist", "sociologist", "psychologist", "epidemiologist", "entrepreneur",
        "farmer", "teacher", "artist", "photographer", "filmmaker", "poet", "novelist", "priest", "bishop", "cleric", "chief executive",
    ]

    /// Words that may stand right before a head and belong to the title ("Defence Minister").
    static let modifiers: Set<String> = [
        "Deputy", "Acting", "Interim", "Foreign", "Defence", "Defense", "Interior", "Finance", "Justice", "Ministry",
        "Senior", "Transitional", "Former", "former", "Military", "Police", "Resident", "Humanitarian", "Joint",
    ]

    /// Lower-case words that may stand inside a portfolio ("for Europe, Central Asia, and the Americas").
    static let connectors: Set<String> = ["for", "of", "on", "to", "and", "the", "in", "&"]

    /// Capitalised words that belong to portfolios and organisations, never to names.
    static let portfolioWords: Set<String> = [
        "Affairs", "Operations", "Peacebuilding", "Political", "Humanitarian", "Human", "Rights", "Support", "Policy",
        "Division", "Office", "Department", "Americas", "Europe", "Asia", "Central", "Africa", "African", "Pacific", "Middle",
        "East", "West", "North", "South", "Region", "Great", "Lakes", "Horn", "Sahel", "Disarmament", "Relief", "Emergency",
        "Coordinator", "Development", "Children", "Armed", "Conflict", "Violence", "Sexual", "Women", "Security", "Peace",
        "Partnerships", "Financing", "Programme", "Planning", "Strategic", "Counter-Terrorism", "Terrorism", "Sanctions",
        "Committee", "Council", "Mission", "Force", "Agency", "Refugees", "Crime", "Drugs", "Legal", "Law", "Management",
        "Communications", "Safety", "Elections", "Electoral", "Transition", "Justice", "Rule", "Institutions", "UN", "United",
        "Nations", "Secretary-General", "General", "Assembly", "Ministry", "Foreign", "Defence", "Defense", "Interior",
        "Genocide", "Prevention", "Protect", "Responsibility", "Climate", "Global", "International", "Organization",
        "Organisation", "Centre", "Center", "Institute", "Team", "Unit", "Panel", "Experts", "Investigative", "Mechanism",
        "Question", "Situation", "Process", "Talks", "Negotiations", "Crisis", "Response", "Envoy", "Special", "Representative",
        "Deputy", "Head", "Chief", "Director", "Executive", "Senior", "Military", "Police", "Adviser", "Advisor",
        "Countries", "Least", "Developed", "Landlocked", "Small", "Island", "States", "Member", "Court", "Commission",
    ]
}
