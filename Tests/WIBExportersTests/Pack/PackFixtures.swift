import Testing
import WIBAnnotators
import WIBCore
import WIBReaders

/// Posts for the pack's tests, written for them in the style of real posts (invented people, real
/// states), read and annotated as `wib pack` reads them.
enum PackFixtures {
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The post of `paragraphs` under `title`, posted on `posted` (no Posted line when `nil`),
    /// at the address `url` when one is given.
    static func post(_ title: String, posted: String?, url: String? = nil, _ paragraphs: String...) throws -> Post {
        var text = "What's In Blue\n\n"
        if let posted, let day = CalendarDate(iso: posted) {
            text += "Posted \(weekdays[day.isoWeekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)\n\n"
        }
        text += title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n\nSign up for What's In Blue emails\n"
        var read = try #require(try PostReader().read(bytes: Array(text.utf8), path: "\(title).txt").first)
        read.metadata.url = url
        return StandardAnnotators.annotate(read)
    }
}
