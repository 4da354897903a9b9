import Foundation
import Testing
import WIBAnnotators
import WIBCore
@testable import WIBExporters
import WIBTestSupport

/// The timeline: one entry per event, dated by the day it is about, trimmed to read on its own;
/// terms apart, as deadlines; the same event told twice, one entry.
@Suite struct PackTimelineTests {
    /// "date role: text" for every dated clause of a post posted on 30 October 2024.
    private func clauses(_ paragraphs: String...) throws -> [String] {
        let post = try PackFixtures.post("Ukraine Briefing", posted: "2024-10-30", paragraphs.joined(separator: "\n\n"))
        return DatedClauses(blocks: post.body).found.map { "\($0.date) \($0.role.rawValue): \($0.text)" }
    }

    @Test func aSentenceWithThreeDatesIsOneEventAndItsTerm() throws {
        #expect(try clauses("On 28 March, Russia vetoed a draft resolution, circulated by the US on 20 March, that would have extended the mandate of the panel until 30 April 2025.") == [
            "2024-03-28 event: Russia vetoed a draft resolution, circulated by the US on 20 March, that would have extended the mandate of the panel until 30 April 2025.",
            "2025-04-30 deadline: On 28 March, Russia vetoed a draft resolution, circulated by the US on 20 March, that would have extended the mandate of the panel until 30 April 2025.",
        ])
    }

    @Test func anEventIsDatedByItsOwnDayNotOneInARelativeClause() throws {
        #expect(try clauses("On 28 October, NATO Secretary-General Pim Jansen announced that troops had been deployed to the Kursk region, where fighting began in early August.") == [
            "2024-10-28 event: NATO Secretary-General Pim Jansen announced that troops had been deployed to the Kursk region, where fighting began in early August.",
        ])
        #expect(try clauses("The letter, which the Council received on 2 October, says that the troops will arrive by November.") == [
            "2024-11 event: The letter, which the Council received on 2 October, says that the troops will arrive by November.",
        ])
    }

    @Test func twoEventsJoinedByAndAreTwoEntries() throws {
        #expect(try clauses("On 8 October, the ROK summoned the ambassador of the DPRK, and on 10 October, Japan issued a statement condemning the launch.") == [
            "2024-10-08 event: The ROK summoned the ambassador of the DPRK.",
            "2024-10-10 event: Japan issued a statement condemning the launch.",
        ])
        // A list of states is no second event: the piece after ", and" holds no date.
        #expect(try clauses("In a 25 June joint statement, Japan, the ROK, and the US condemned the launch.").count == 1)
    }

    @Test func aClauseThatCannotStandAloneIsReadWithTheOneBefore() throws {
        #expect(try clauses("The alleged deployment comes after the two states signed a treaty on 19 June, later ratified by the Duma on 24 October.") == [
            "2024-06-19 event: The alleged deployment comes after the two states signed a treaty on 19 June.",
            "2024-10-24 event: The alleged deployment comes after the two states signed a treaty on 19 June, later ratified by the Duma on 24 October.",
        ])
    }

    @Test func theTextLeavesOutWhatOnlyLinksItToItsNeighbours() throws {
        #expect(try clauses(
            "(Notably, in February 2000, the two states signed a treaty of friendship.)",
            "Furthermore, on 23 October, Foreign Minister Ilse Brandt said that the troops were “fair targets”.*",
            "Since late 2022, members have raised concerns about arms transfers.",
            "This afternoon (30 October), the Security Council will convene for a briefing on Ukraine.") == [
            "2000-02 event: The two states signed a treaty of friendship.",
            "2024-10-23 event: Foreign Minister Ilse Brandt said that the troops were “fair targets”.",
            "2022 event: Since late 2022, members have raised concerns about arms transfers.",
            "2024-10-30 event: The Security Council will convene for a briefing on Ukraine.",
        ])
    }

    @Test func termsAreDeadlinesAndAStorysDateIsNoEvent() throws {
        #expect(try clauses("The mandate of the mission expires in July.", "(For background, see our 27 June What’s in Blue story.)") == [
            "2025-07 deadline: The mandate of the mission expires in July.",
        ])
    }

    @Test func theSameEventToldByTwoPostsIsOneEntryCitingBoth() throws {
        let first = try PackFixtures.post("DPRK: Open Briefing", posted: "2024-06-27",
            "The meeting followed a summit on 19 June during which the two leaders signed a comprehensive strategic partnership treaty.")
        let second = try PackFixtures.post("Ukraine Briefing", posted: "2024-10-30",
            "The DPRK and Russia signed a “Treaty on Comprehensive Strategic Partnership” on 19 June. The mandate expires on 15 January.")
        let timeline = PackTimeline(posts: [first, second])
        #expect(timeline.events.map(\.date) == ["2024-06-19"])
        #expect(timeline.events.first?.posts == [0, 1])
        #expect(timeline.events.first?.role == .event)
        #expect(timeline.deadlines.map { "\($0.date) \($0.posts)" } == ["2025-01-15 [1]"])
        #expect(timeline.deadlines.first?.role == .deadline)
    }

    @Test func oddTextNeverBreaksAClause() {
        let date = { (text: String) in Inline.annotated(Entity(kind: .date, id: "2024-05-03", attributes: EntityAttributes().setting(.role, to: .event)), [.text(text)]) }
        let paragraphs: [[Inline]] = [
            [.text("Cafe"), date("\u{301} 3 May"), .text(" was the day.")],  // a combining mark joins the character before
            [date("")],
            [.text(";"), date("3 May"), .text(";;, and , and")],
            [.text("("), date("3 May"), .text(")")],
        ]
        let found = DatedClauses(blocks: paragraphs.map { .paragraph(Paragraph(content: $0, range: SourceRange(line: 1))) }).found
        #expect(found.map(\.text) == ["Café 3 May was the day.", ";3 May;;, and , and", "3 May"], "a date with no words to tell is no entry")
    }

    @Test(arguments: TestPaths.allPosts)
    func everyPostsClausesReadCleanly(_ url: URL) throws {
        let post = StandardAnnotators.annotate(try TestPaths.read(url))
        for clause in DatedClauses(blocks: post.body).found {
            #expect(!clause.text.isEmpty && clause.text == clause.text.trimmingCharacters(in: .whitespacesAndNewlines), "\(url.lastPathComponent): «\(clause.text)»")
            #expect(!clause.text.hasPrefix(",") && !clause.text.hasSuffix("*"), "\(url.lastPathComponent): «\(clause.text)»")
        }
    }

    @Test func entriesOfUnknownYearComeLast() throws {
        let undated = try PackFixtures.post("Haiti: Briefing", posted: nil, "On 6 January, members issued a press statement. The mandate expires in July.")
        let dated = try PackFixtures.post("Sudan: Briefing", posted: "2025-03-12", "On 4 February, the Council issued a press statement. The regime runs until 12 September.")
        let timeline = PackTimeline(posts: [undated, dated])
        #expect(timeline.events.map(\.date) == ["2025-02-04", "--01-06"])
        #expect(timeline.dated.map(\.date) == ["2025-02-04"] && timeline.yearless.map(\.date) == ["--01-06"])
        #expect(timeline.deadlines.map(\.date) == ["2025-09-12", "--07"])
    }
}

/// The words by which two clauses are found to tell the same event: read byte by byte in ASCII
/// text, as characters in any other, the same words either way.
@Suite struct PackTimelineWordsTests {
    @Test func significantWordsLeaveOutShortAndCommonWordsAndMonths() {
        let words = PackTimeline.significantWords(of: "On 19 June, the Council members said that Jenča’s “Report” on Côte d’Ivoire arrived in September; Sept. MAYOR")
        #expect(words == ClauseWords(["jenča", "report", "côte", "ivoire", "arrived", "mayor"].map { WordKey($0) }))
        #expect(PackTimeline.significantWords(of: "") == ClauseWords([]))
    }

    @Test(arguments: ["The ROK summoned the Ambassador of the DPRK on 8 October.", "Tabs\tand\r\nbreaks; semi-colons, ALL-CAPS words"])
    func asciiTextGivesTheWordsOfTheCharacterPath(sample: String) {
        // A no-break space is no letter: the text takes the other path, and must give the same words.
        #expect(PackTimeline.significantWords(of: sample) == PackTimeline.significantWords(of: sample + "\u{A0}"))
        var words: [String] = []
        PackTimeline.forEachLowercasedWord(in: sample + "\u{A0}") { word, _ in words.append(word) }
        #expect(words == sample.lowercased().split { !$0.isLetter }.map(String.init))
    }

    @Test func wordsAreCountedInCharacters() {
        var words: [String] = []
        PackTimeline.forEachLowercasedWord(in: "Jenc\u{30C}a ÉTÉ e\u{301}te\u{301} İZMİR") { words.append("\($0.unicodeScalars.count) \($1)") }
        #expect(words == ["6 5", "3 3", "5 3", "7 5"])
    }

    @Test func lowerCasesAsStringDoes() {
        for sample in ["ΑΣ Α", "İx", "ǅungla", "STRASSE ß", "\u{212A}elvin", "ÀÉÎ Côte d’Ivoire", "", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })] {
            #expect(PackTimeline.lowercased(sample) == sample.lowercased())
        }
        for value in 0x80..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = "A" + String(scalar) + "Z"
            if PackTimeline.lowercased(text) != text.lowercased() { Issue.record("U+\(String(value, radix: 16))") }
        }
    }
}

/// The Mermaid timeline beside the list: each event while they are few, counts per period when a
/// drawing of every event could not be read (nor drawn: GitHub refuses very long Mermaid text).
@Suite struct MermaidTimelineTests {
    private func events(_ dates: [String]) -> [PackTimeline.Event] {
        dates.enumerated().map { PackTimeline.Event(date: $1, text: "Event number \($0): members met; #\($0)", posts: [0], role: .event) }
    }

    @Test func aFewEventsAreDrawnOneByOneWithoutMermaidSyntax() {
        let text = MermaidTimeline(title: "Sudan: pack", events: events(["2024-06-18", "2024-06-18", "2024-07"])).text
        #expect(text.components(separatedBy: "\n") == [
            "timeline", "    title Sudan, pack",
            "    2024-06-18 : Event number 0, members met, ,0", "        : Event number 1, members met, ,1",
            "    2024-07 : Event number 2, members met, ,2",
        ])
    }

    @Test func manyEventsAreCountedByMonthWithinThreeYearsAndByYearBeyond() {
        let months = (0..<(MermaidTimeline.eventLimit + 1)).map { "2024-\(String(format: "%02d", $0 % 12 + 1))-0\($0 % 9 + 1)" }.sorted()
        let byMonth = MermaidTimeline(title: "Pack", events: events(months)).text.components(separatedBy: "\n")
        #expect(byMonth.count == 2 + 12)
        #expect(byMonth[2] == "    2024-01 : 4 events")
        #expect(byMonth.last == "    2024-12 : 3 events")

        let years = (0..<(MermaidTimeline.eventLimit + 1)).map { "\(2000 + $0 % 5)-03-01" }.sorted()
        let byYear = MermaidTimeline(title: "Pack", events: events(years)).text.components(separatedBy: "\n")
        #expect(byYear.dropFirst(2) == ["    2000 : 9 events", "    2001 : 8 events", "    2002 : 8 events", "    2003 : 8 events", "    2004 : 8 events"])
    }
}

/// The words of the timeline's clauses as sorted keys: the same answers as sets of them.
@Suite struct ClauseWordsTests {
    private func keys(_ words: String) -> [WordKey] { words.split(separator: " ").map { WordKey($0) } }

    @Test func keepsEachWordOnceAndSharesAndMergesAsSetsDo() {
        let samples = ["", "treaty", "treaty signed treaty russia", "russia treaty signed ukraine", "ukraine kursk deployed troops", "zebra alpha treaty"]
        for a in samples {
            for b in samples {
                let (x, y) = (keys(a), keys(b))
                let shared = Set(x.map(\.value)).intersection(y.map(\.value)).count
                #expect(ClauseWords(x).shared(with: ClauseWords(y), upTo: 3) == min(shared, 3))
                var union = ClauseWords(x)
                union.formUnion(ClauseWords(y))
                #expect(union == ClauseWords(x + y))
                #expect(union.values == Set((x + y).map(\.value)).sorted())
            }
        }
    }
}
