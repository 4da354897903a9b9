/// The name of an entity attribute and the type of its value: the typed way into
/// ``EntityAttributes``.
///
/// WIBKit's annotators write the keys below. Declare your own the same way, in an extension
/// constrained to the value's type:
///
/// ```swift
/// extension EntityAttributeKey where Value == String {
///     static var committee: Self { Self("committee") }
/// }
/// entity.attributes[.committee] = "1718 Committee"
/// ```
public struct EntityAttributeKey<Value: EntityAttributeValue>: Sendable, Hashable {
    /// The attribute's name in JSON.
    public let name: String

    /// A key for the attribute `name`, whose values are `Value`s.
    public init(_ name: String) {
        self.name = name
    }
}

extension EntityAttributeKey where Value == Int {
    /// A resolution's number (`1718`). JSON name `number`.
    public static var resolutionNumber: Self { Self("number") }
    /// The year a resolution was adopted, as the text gives it, else by its number (the table
    /// of resolution numbers by year). JSON name `year`.
    public static var resolutionYear: Self { Self("year") }
    /// The year a resolution's number belongs to, when it differs from the year the text gives
    /// (the text's is kept, with a warning). JSON name `tableYear`.
    public static var tableYear: Self { Self("tableYear") }
}

extension EntityAttributeKey where Value == String {
    /// Where the entity's document is published (`https://undocs.org/S/RES/1718(2006)`), for
    /// resolutions and documents. JSON name `url`.
    public static var url: Self { Self("url") }
    /// The sanctions regime a resolution belongs to (`1718 DPRK sanctions`, `1970 Libya sanctions`).
    /// JSON name `regime`.
    public static var regime: Self { Self("regime") }
    /// A person's title, as the post gives it ("High Representative for Disarmament Affairs").
    /// JSON name `title`.
    public static var title: Self { Self("title") }
    /// The publication a cross-reference names, as written ("What’s in Blue story", "Monthly
    /// Forecast"). JSON name `publication`.
    public static var publication: Self { Self("publication") }
}

extension EntityAttributeKey where Value == CalendarDate {
    /// The day a resolution was adopted, when the text gives it ("resolution 1718 of 14 October
    /// 2006"). JSON name `date`.
    public static var adoptionDate: Self { Self("date") }
}

extension EntityAttributeKey where Value == DateRole {
    /// What a date is to the sentence that gives it. JSON name `role`.
    public static var role: Self { Self("role") }
}

extension EntityAttributeKey where Value == DateQualifier {
    /// The part of a month or year a date names ("early August"). JSON name `qualifier`.
    public static var qualifier: Self { Self("qualifier") }
}

extension EntityAttributeKey where Value == [String] {
    /// The states that cast a vote (a veto, an abstention), as ISO 3166-1 alpha-3 codes, in the
    /// order the post names them. JSON name `states`.
    public static var states: Self { Self("states") }
}
