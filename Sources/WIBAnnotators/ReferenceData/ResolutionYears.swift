import WIBCore

/// The year a Security Council resolution was adopted, from its number.
///
/// The table holds the first resolution number of each year from 2000 on (facts, checked against
/// resolutions whose dates are well known: 1325 in 2000, 1718 in 2006, 2270 in 2016, 2397 in
/// 2017, 2672 in 2023, 2722 in 2024). Older resolutions nearly always come with their year in
/// posts ("resolution 242 (1967)"); without one, their year is left unknown rather than guessed.
public enum ResolutionYears {
    /// The first resolution of each year, in order.
    static let firstNumbers: [(year: Int, first: Int)] = [
        (2000, 1285), (2001, 1335), (2002, 1387), (2003, 1455), (2004, 1522), (2005, 1581),
        (2006, 1652), (2007, 1739), (2008, 1795), (2009, 1860), (2010, 1908), (2011, 1967),
        (2012, 2033), (2013, 2086), (2014, 2133), (2015, 2196), (2016, 2260), (2017, 2337),
        (2018, 2398), (2019, 2452), (2020, 2504), (2021, 2561), (2022, 2618), (2023, 2672),
        (2024, 2722), (2025, 2768),
    ]

    /// The year of resolution `number`, or `nil` when the table cannot tell: before 2000, or
    /// past the last year it knows the end of when the post is from a later year.
    public static func year(of number: Int, postedIn postedYear: Int? = nil) -> Int? {
        guard let entry = firstNumbers.last(where: { $0.first <= number }) else { return nil }
        if entry.year == firstNumbers.last?.year, let postedYear, postedYear > entry.year { return nil }
        return entry.year
    }
}
