import Testing
import WIBCore

/// Sentences are found by their stops' bytes; a stop that is part of a longer character, or is
/// followed by what does not start a sentence, ends none.
@Suite struct SentencesTests {
    private func sentences(_ text: String) -> [String] {
        Sentences.ranges(in: text).map { String(text[$0]) }
    }

    @Test func splitsAtStopsBeforeCapitalsDigitsAndOpeningQuotes() {
        #expect(sentences("The Council met. It adopted a text! Did it? 2025 begins. “Quoted” ends (aside) here.") ==
            ["The Council met.", " It adopted a text!", " Did it?", " 2025 begins.", " “Quoted” ends (aside) here."])
        #expect(sentences("He said “yes.” Then he left.") == ["He said “yes.”", " Then he left."])
        #expect(sentences("") == [])
        #expect(sentences("No stop at all") == ["No stop at all"])
        #expect(sentences("Ends with a stop.") == ["Ends with a stop."])
    }

    @Test func keepsAbbreviationsInitialsAndLowerCaseAfterAStop() {
        #expect(sentences("Mr. Pim Jansen and Amb. Ilse Brandt met A. Lund. Then e.g. more. No. 5 was next.") ==
            ["Mr. Pim Jansen and Amb. Ilse Brandt met A. Lund.", " Then e.g. more.", " No. 5 was next."])
        #expect(sentences("Version 2.5 is out. it goes on.") == ["Version 2.5 is out. it goes on."])
    }

    @Test func readsCharactersAroundAStopAsStringDoes() {
        // A stop with a combining mark is no stop; CR LF, a no-break space and a thin space are
        // white space after one (and start the next sentence); a curly quote or a bracket may
        // close the sentence.
        #expect(sentences("Odd .\u{301} Mark. Next") == ["Odd .\u{301} Mark.", " Next"])
        #expect(sentences("One.\r\nTwo.\u{A0}Three.\u{2009}Four") == ["One.", "\r\nTwo.", "\u{A0}Three.", "\u{2009}Four"])
        #expect(sentences("Côte d’Ivoire voted.’ (Then) Jenča spoke.) Later") == ["Côte d’Ivoire voted.’", " (Then) Jenča spoke.)", " Later"])
        #expect(sentences("Voilà. É is next. ü is not.") == ["Voilà.", " É is next. ü is not."])
    }

    @Test func firstSentence() {
        #expect(Sentences.first(of: "One here. Two there.") == "One here.")
        #expect(Sentences.first(of: "Only one") == "Only one")
    }
}
