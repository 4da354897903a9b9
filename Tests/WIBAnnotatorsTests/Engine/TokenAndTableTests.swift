import Testing
@testable import WIBAnnotators

/// The tokenizer's classes for the characters posts write most outside ASCII (read without
/// Unicode properties) are those the properties give; word tables find every key they hold and
/// no other, past their filter.
@Suite struct TokenAndTableTests {
    @Test func curlyQuotesDashesAndNoBreakSpacesAreClassedAsByTheirProperties() {
        for scalar: Unicode.Scalar in ["\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{A0}"] {
            let tokens = Tokenizer.tokens(of: Array("a\(scalar)b".utf8))
            let expected: Token.Kind = scalar.properties.isWhitespace ? .space : .punctuation
            #expect(!scalar.properties.isAlphabetic && scalar.properties.numericType == nil)
            #expect(tokens.map(\.kind) == [.word, expected, .word], "U+\(String(scalar.value, radix: 16))")
        }
        #expect(Tokenizer.tokens(of: Array("Jenča’s\u{A0}2024".utf8)).map(\.kind) == [.word, .punctuation, .word, .space, .number])
    }

    @Test func wordTablesFindTheirKeysAndNoOthers() {
        let words = (0..<3000).map { "word\($0)" }
        let table = WordTable(words.enumerated().map { (WordKey($0.element), $0.offset) })
        #expect(words.indices.allSatisfy { table[WordKey(words[$0])] == $0 })
        #expect((0..<3000).allSatisfy { table[WordKey("other\($0)")] == nil })
        #expect(table[WordKey(value: 0)] == nil)
        let spaces = WordTable([(WordKey(value: 0), "space")])
        #expect(spaces[WordKey(value: 0)] == "space")
        let set: WordSet = ["The", "of"]
        #expect(set.contains(WordKey("the")) && set.contains(WordKey("OF")) && !set.contains(WordKey("on")))
    }
}
