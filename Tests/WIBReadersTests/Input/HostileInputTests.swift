import Testing
import WIBCore
import WIBReaders

/// Input that is not a usable post ends in one diagnostic naming the file and line; it never
/// crashes or hangs the reader.
@Suite struct HostileInputTests {
    func error(_ bytes: [UInt8], path: String = "in.txt") -> Diagnostic? {
        do {
            _ = try PostReader().read(bytes: bytes, path: path)
            return nil
        } catch {
            return error
        }
    }

    static let post = "What's In Blue\n\nPosted Tue 4 Mar 2025\n\nMali: Briefing\n\nTomorrow (5 March), the Council will hold a briefing on Mali.\n"

    @Test func emptyAndBlankFiles() {
        #expect(error([])?.description == "in.txt:1: error: the file is empty")
        #expect(error(Array(" \n\t\n\u{00A0}\n".utf8))?.message == "the file has only white space")
    }

    @Test func nulBytesAreReportedOnTheirLine() {
        let bytes = Array("line one\nline two\n".utf8) + [0, 1, 2]
        #expect(error(bytes)?.line == 3)
        #expect(error(bytes)?.message.contains("NUL") == true)
    }

    @Test func invalidUTF8IsReportedOnItsLine() {
        let bytes = Array("Title\n\nfine\n".utf8) + [0x41, 0xFF, 0x42]
        let diagnostic = error(bytes)
        #expect(diagnostic?.line == 4)
        #expect(diagnostic?.message.contains("not valid UTF-8 (byte 0xFF at offset 13") == true)
        #expect(error([0xC3])?.message.contains("not valid UTF-8") == true, "a truncated sequence")
    }

    @Test func aFiveMegabyteLineIsRefused() {
        let bytes = Array("Title\n\n".utf8) + [UInt8](repeating: 0x61, count: 5 << 20)
        let diagnostic = error(bytes)
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.message.contains("longer than") == true)
    }

    @Test func byteOrderMarkAndCRLFReadLikeThePlainFile() throws {
        let plain = try PostReader().read(bytes: Array(HostileInputTests.post.utf8), path: "a.txt")
        let windows = [0xEF, 0xBB, 0xBF] + Array(HostileInputTests.post.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let crOnly = Array(HostileInputTests.post.replacingOccurrences(of: "\n", with: "\r").utf8)
        #expect(try PostReader().read(bytes: windows, path: "a.txt") == plain)
        #expect(try PostReader().read(bytes: crOnly, path: "a.txt") == plain)
        #expect(plain.first?.withMeetings.meeting.date?.description == "2025-03-05")
    }

    @Test func textThatIsNotAPost() {
        let readme = "Shopping list\n\nEggs, milk and bread.\n\nCall the plumber.\n"
        #expect(error(Array(readme.utf8))?.message.contains("not a What's In Blue post") == true)
        #expect(error(Array("Just a title\n".utf8))?.message == "the post has a title but no body")
        #expect(error(Array("What's In Blue\n\nPosted Tue 4 Mar 2025\n  • Print\n".utf8))?.message.contains("no title") == true)
        let paragraph = String(repeating: "A sentence of a paragraph. ", count: 20)
        #expect(error(Array(paragraph.utf8))?.message.contains("expected the post's title") == true)
    }

    @Test func pagesAndFeedsWithoutAPostAreErrors() {
        #expect(error(Array("<!DOCTYPE html><html><body>x</body></html>".utf8), path: "p.html")?.message.contains("no title") == true)
        #expect(error(Array("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>".utf8))?.message == "the feed has no items")
        #expect(error(Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>".utf8))?.message == "the feed has no items")
        #expect(error(Array("---\ntitle: x\nposts: []\n---\n\n# x\n".utf8), path: "p.md")?.message.contains("briefing pack") == true)
    }

    @Test func jsonThatIsNotOursIsAnError() {
        #expect(error(Array("{\"hello\": 1}".utf8), path: "x.json")?.message.contains("missing key 'title'") == true)
        #expect(error(Array("{not json".utf8), path: "x.json")?.message.contains("not valid JSON") == true)
        #expect(error(Array("{\"schemaVersion\": 9, \"title\": \"x\"}".utf8), path: "x.json")?.message.contains("schemaVersion 9") == true)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<400, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = error(bytes)
        }
        let alphabet = Array("•*#-:( )\n\n “”’Council Posted Thu 27 Jun 2024 Tags: What's In Blue".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            _ = error(bytes)
        }
    }

    @Test func aWeekdayThatContradictsThePostedDateIsAWarning() throws {
        let text = HostileInputTests.post.replacingOccurrences(of: "Posted Tue", with: "Posted Fri")
        let post = try #require(try PostReader().read(bytes: Array(text.utf8), path: "a.txt").first)
        #expect(post.metadata.posted?.description == "2025-03-04")
        #expect(post.diagnostics.map(\.description) == ["a.txt:3: warning: the Posted line's weekday does not match 2025-03-04; the date is used"])
    }
}

/// A small deterministic random number generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
