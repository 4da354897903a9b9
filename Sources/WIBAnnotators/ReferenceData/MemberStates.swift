/// The 193 UN member states and the two observer states, with the names posts use for them.
///
/// Each entry is an ISO 3166-1 alpha-3 code and the names that mention the state, the usual name
/// first. Matching is case-sensitive and longest-first, so "South Sudan" is not "Sudan" and
/// "Democratic People’s Republic of Korea" is not "Republic of Korea". Demonyms ("Russian") are
/// not listed: they do not mention a state.
public enum MemberStates {
    /// ISO code and names of every state.
    public static let all: [(code: String, names: [String])] = [
        ("AFG", ["Afghanistan"]), ("ALB", ["Albania"]), ("DZA", ["Algeria"]), ("AND", ["Andorra"]), ("AGO", ["Angola"]),
        ("ATG", ["Antigua and Barbuda"]), ("ARG", ["Argentina"]), ("ARM", ["Armenia"]), ("AUS", ["Australia"]),
        ("AUT", ["Austria"]), ("AZE", ["Azerbaijan"]), ("BHS", ["Bahamas"]), ("BHR", ["Bahrain"]),
        ("BGD", ["Bangladesh"]), ("BRB", ["Barbados"]), ("BLR", ["Belarus"]), ("BEL", ["Belgium"]), ("BLZ", ["Belize"]),
        ("BEN", ["Benin"]), ("BTN", ["Bhutan"]), ("BOL", ["Bolivia", "Plurinational State of Bolivia"]),
        ("BIH", ["Bosnia and Herzegovina", "BiH"]), ("BWA", ["Botswana"]), ("BRA", ["Brazil"]),
        ("BRN", ["Brunei Darussalam", "Brunei"]), ("BGR", ["Bulgaria"]), ("BFA", ["Burkina Faso"]), ("BDI", ["Burundi"]),
        ("CPV", ["Cabo Verde", "Cape Verde"]), ("KHM", ["Cambodia"]), ("CMR", ["Cameroon"]), ("CAN", ["Canada"]),
        ("CAF", ["Central African Republic", "CAR"]), ("TCD", ["Chad"]), ("CHL", ["Chile"]), ("CHN", ["China", "People’s Republic of China"]),
        ("COL", ["Colombia"]), ("COM", ["Comoros"]), ("COG", ["Republic of the Congo", "Congo-Brazzaville", "Congo"]),
        ("CRI", ["Costa Rica"]), ("CIV", ["Côte d’Ivoire", "Côte d'Ivoire", "Cote d’Ivoire", "Cote d'Ivoire", "Ivory Coast"]),
        ("HRV", ["Croatia"]), ("CUB", ["Cuba"]), ("CYP", ["Cyprus"]), ("CZE", ["Czechia", "Czech Republic"]),
        ("PRK", ["Democratic People’s Republic of Korea", "Democratic People's Republic of Korea", "DPRK", "North Korea"]),
        ("COD", ["Democratic Republic of the Congo", "DRC", "DR Congo"]), ("DNK", ["Denmark"]), ("DJI", ["Djibouti"]),
        ("DMA", ["Dominica"]), ("DOM", ["Dominican Republic"]), ("ECU", ["Ecuador"]), ("EGY", ["Egypt"]),
        ("SLV", ["El Salvador"]), ("GNQ", ["Equatorial Guinea"]), ("ERI", ["Eritrea"]), ("EST", ["Estonia"]),
        ("SWZ", ["Eswatini", "Swaziland"]), ("ETH", ["Ethiopia"]), ("FJI", ["Fiji"]), ("FIN", ["Finland"]), ("FRA", ["France"]),
        ("GAB", ["Gabon"]), ("GMB", ["Gambia"]), ("GEO", ["Georgia"]), ("DEU", ["Germany"]),
        ("GHA", ["Ghana"]), ("GRC", ["Greece"]), ("GRD", ["Grenada"]), ("GTM", ["Guatemala"]), ("GIN", ["Guinea"]),
        ("GNB", ["Guinea-Bissau"]), ("GUY", ["Guyana"]), ("HTI", ["Haiti"]), ("HND", ["Honduras"]), ("HUN", ["Hungary"]),
        ("ISL", ["Iceland"]), ("IND", ["India"]), ("IDN", ["Indonesia"]), ("IRN", ["Iran", "Islamic Republic of Iran"]),
        ("IRQ", ["Iraq"]), ("IRL", ["Ireland"]), ("ISR", ["Israel"]), ("ITA", ["Italy"]), ("JAM", ["Jamaica"]), ("JPN", ["Japan"]),
        ("JOR", ["Jordan"]), ("KAZ", ["Kazakhstan"]), ("KEN", ["Kenya"]), ("KIR", ["Kiribati"]), ("KWT", ["Kuwait"]),
        ("KGZ", ["Kyrgyzstan", "Kyrgyz Republic"]), ("LAO", ["Lao People’s Democratic Republic", "Lao People's Democratic Republic", "Laos"]),
        ("LVA", ["Latvia"]), ("LBN", ["Lebanon"]), ("LSO", ["Lesotho"]), ("LBR", ["Liberia"]), ("LBY", ["Libya"]),
        ("LIE", ["Liechtenstein"]), ("LTU", ["Lithuania"]), ("LUX", ["Luxembourg"]), ("MDG", ["Madagascar"]), ("MWI", ["Malawi"]),
        ("MYS", ["Malaysia"]), ("MDV", ["Maldives"]), ("MLI", ["Mali"]), ("MLT", ["Malta"]), ("MHL", ["Marshall Islands"]),
        ("MRT", ["Mauritania"]), ("MUS", ["Mauritius"]), ("MEX", ["Mexico"]), ("FSM", ["Micronesia", "Federated States of Micronesia"]),
        ("MDA", ["Republic of Moldova", "Moldova"]), ("MCO", ["Monaco"]), ("MNG", ["Mongolia"]), ("MNE", ["Montenegro"]),
        ("MAR", ["Morocco"]), ("MOZ", ["Mozambique"]), ("MMR", ["Myanmar", "Burma"]), ("NAM", ["Namibia"]), ("NRU", ["Nauru"]),
        ("NPL", ["Nepal"]), ("NLD", ["Netherlands"]), ("NZL", ["New Zealand"]), ("NIC", ["Nicaragua"]),
        ("NER", ["Niger"]), ("NGA", ["Nigeria"]), ("MKD", ["North Macedonia"]), ("NOR", ["Norway"]), ("OMN", ["Oman"]),
        ("PAK", ["Pakistan"]), ("PLW", ["Palau"]), ("PAN", ["Panama"]), ("PNG", ["Papua New Guinea"]), ("PRY", ["Paraguay"]),
        ("PER", ["Peru"]), ("PHL", ["Philippines"]), ("POL", ["Poland"]), ("PRT", ["Portugal"]), ("QAT", ["Qatar"]),
        ("KOR", ["Republic of Korea", "ROK", "South Korea"]), ("ROU", ["Romania"]), ("RUS", ["Russian Federation", "Russia"]),
        ("RWA", ["Rwanda"]), ("KNA", ["Saint Kitts and Nevis"]), ("LCA", ["Saint Lucia"]),
        ("VCT", ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"]), ("WSM", ["Samoa"]),
        ("SMR", ["San Marino"]), ("STP", ["Sao Tome and Principe", "São Tomé and Príncipe"]), ("SAU", ["Saudi Arabia"]),
        ("SEN", ["Senegal"]), ("SRB", ["Serbia"]), ("SYC", ["Seychelles"]), ("SLE", ["Sierra Leone"]), ("SGP", ["Singapore"]),
        ("SVK", ["Slovakia"]), ("SVN", ["Slovenia"]), ("SLB", ["Solomon Islands"]), ("SOM", ["Somalia"]), ("ZAF", ["South Africa"]),
        ("SSD", ["South Sudan"]), ("ESP", ["Spain"]), ("LKA", ["Sri Lanka"]), ("SDN", ["Sudan"]), ("SUR", ["Suriname"]),
        ("SWE", ["Sweden"]), ("CHE", ["Switzerland"]), ("SYR", ["Syrian Arab Republic", "Syria"]), ("TJK", ["Tajikistan"]),
        ("THA", ["Thailand"]), ("TLS", ["Timor-Leste", "East Timor"]), ("TGO", ["Togo"]), ("TON", ["Tonga"]),
        ("TTO", ["Trinidad and Tobago"]), ("TUN", ["Tunisia"]), ("TUR", ["Türkiye", "Turkey"]), ("TKM", ["Turkmenistan"]),
        ("TUV", ["Tuvalu"]), ("UGA", ["Uganda"]), ("UKR", ["Ukraine"]), ("ARE", ["United Arab Emirates", "UAE"]),
        ("GBR", ["United Kingdom", "UK", "Britain", "Great Britain"]), ("TZA", ["United Republic of Tanzania", "Tanzania"]),
        ("USA", ["United States of America", "United States", "USA", "US"]), ("URY", ["Uruguay"]), ("UZB", ["Uzbekistan"]),
        ("VUT", ["Vanuatu"]), ("VEN", ["Venezuela", "Bolivarian Republic of Venezuela"]), ("VNM", ["Viet Nam", "Vietnam"]),
        ("YEM", ["Yemen"]), ("ZMB", ["Zambia"]), ("ZWE", ["Zimbabwe"]),
        ("PSE", ["State of Palestine", "Palestine"]), ("VAT", ["Holy See"]),
    ]

    /// The code of each name.
    public static let codeByName: [String: String] = {
        var table: [String: String] = [:]
        for (code, names) in all { for name in names { table[name] = code } }
        return table
    }()
}
