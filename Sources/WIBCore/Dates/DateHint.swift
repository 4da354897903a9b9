/// The year and month that a post's address or file name gives, for a post with no posted date.
///
/// Shapes read: an address with a `/YYYY/MM/` path (`https://www.securitycouncilreport.org/whatsinblue/2017/07/slug.php`,
/// the old `http://www.whatsinblue.org/2017/07/slug.php`), and a file name starting `YYYY-MM-DD`
/// or `YYYY-MM` followed by a non-digit (`2024-06-27-dprk.txt`, `2017-07-libya.txt`). Only the
/// year and month are taken, since a file may be named on the day it was saved, not posted.
/// ``DateResolver`` resolves dates without a year within ``year``.
public struct DateHint: Sendable, Hashable, CustomStringConvertible {
    /// Where the hint was read.
    public enum Origin: String, Sendable, Hashable {
        /// The post's address (a saved page's canonical link, a feed item's link).
        case address = "the post's address"
        /// The name of the file the post was read from.
        case fileName = "the file name"
    }

    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// Where the hint was read.
    public let origin: Origin

    /// Creates a hint, or `nil` when the year is outside 1…9999 or the month outside 1…12.
    public init?(year: Int, month: Int, origin: Origin) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
        self.origin = origin
    }

    /// The first `/YYYY/MM/` pair of path segments of `address` (query and fragment aside), or
    /// `nil` when it has none.
    public init?(address: some StringProtocol) {
        let path = address.prefix { $0 != "?" && $0 != "#" }
        let segments = path.split(separator: "/")
        for (index, segment) in segments.enumerated().dropLast() {
            if let year = CalendarDate.number(segment, digits: 4), let month = CalendarDate.number(segments[index + 1], digits: 2),
               let hint = DateHint(year: year, month: month, origin: .address) {
                self = hint
                return
            }
        }
        return nil
    }

    /// The `YYYY-MM` at the start of the last component of `path` (followed by its end or a
    /// non-digit), or `nil` when it has none.
    public init?(fileName path: some StringProtocol) {
        guard let name = path.split(separator: "/").last else { return nil }
        let characters = Array(name.utf8.prefix(8))
        guard characters.count >= 7, characters[4] == UInt8(ascii: "-"),
              characters.count == 7 || !(0x30...0x39).contains(characters[7]),
              let year = CalendarDate.number(name.prefix(4), digits: 4),
              let month = CalendarDate.number(name.dropFirst(5).prefix(2), digits: 2) else { return nil }
        self.init(year: year, month: month, origin: .fileName)
    }

    /// The hint as ISO 8601 writes a month, `2017-07`.
    public var description: String {
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
    }
}
