import Foundation

/// One token of a query, with the column (1-based, in characters) where it starts.
struct QueryToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `field:value`; `value` unquoted, `valueColumn` where it starts (its quote, if quoted).
        case term(field: String, value: String, valueColumn: Int)
        /// A word on its own (searched as text), unquoted.
        case word(String)
        case open, close, not, or, and
    }

    let kind: Kind
    let column: Int
}

/// Splits a query into tokens: `field:value` terms (the value a word or a "quoted phrase"),
/// words on their own, `(`, `)`, `-` before a term, and the keywords `OR` and `AND` (in capitals).
///
/// A value word runs to white space, or to a `)` that closes no `(` opened inside the word, so
/// that `(resolution:S/RES/2231(2015))` reads as the symbol inside parentheses. Inside quotes,
/// `\"` is a quote and `\\` a backslash.
struct QueryLexer {
    private let characters: [Character]
    private let query: String
    private var index = 0

    init(_ query: String) {
        self.query = query
        characters = Array(query)
    }

    /// Every token, in order.
    mutating func tokens() throws(QuerySyntaxError) -> [QueryToken] {
        var tokens: [QueryToken] = []
        while true {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { return tokens }
            let column = index + 1
            switch characters[index] {
            case "(":
                index += 1
                tokens.append(QueryToken(kind: .open, column: column))
            case ")":
                index += 1
                tokens.append(QueryToken(kind: .close, column: column))
            case "-":
                index += 1
                guard index < characters.count, !characters[index].isWhitespace else {
                    throw error("'-' leaves out what follows it, with no space between: -format:vote", column: column)
                }
                tokens.append(QueryToken(kind: .not, column: column))
            case "\"":
                tokens.append(QueryToken(kind: .word(try quoted()), column: column))
            default:
                let word = bareWord()
                if word == "OR" { tokens.append(QueryToken(kind: .or, column: column)); continue }
                if word == "AND" { tokens.append(QueryToken(kind: .and, column: column)); continue }
                guard let colon = word.firstIndex(of: ":") else {
                    tokens.append(QueryToken(kind: .word(word), column: column))
                    continue
                }
                let field = String(word[..<colon])
                guard !field.isEmpty else { throw error("a term names its field before the colon: country:GBR", column: column) }
                var value = String(word[word.index(after: colon)...])
                let valueColumn = column + field.count + 1
                if value.isEmpty, index < characters.count, characters[index] == "\"" {
                    value = try quoted()
                } else if value.isEmpty {
                    throw error("\(field): needs a value, with no space after the colon: \(field):…", column: valueColumn)
                }
                tokens.append(QueryToken(kind: .term(field: field, value: value, valueColumn: valueColumn), column: column))
            }
        }
    }

    /// A word up to white space, a quote, or an unmatched `)`; the word stops before a quote
    /// only right after its colon (`person:"Jane Roe"`).
    private mutating func bareWord() -> String {
        var word = ""
        var depth = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { break }
            if character == "\"", word.hasSuffix(":") { break }
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            word.append(character)
            index += 1
        }
        return word
    }

    /// A quoted phrase, from its opening quote at `index`; the phrase without its quotes.
    private mutating func quoted() throws(QuerySyntaxError) -> String {
        let column = index + 1
        index += 1
        var phrase = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "\"" {
                guard !phrase.trimmingCharacters(in: .whitespaces).isEmpty else { throw error("the quotes hold nothing", column: column) }
                return phrase
            }
            if character == "\\", index < characters.count, characters[index] == "\"" || characters[index] == "\\" {
                phrase.append(characters[index])
                index += 1
                continue
            }
            phrase.append(character)
        }
        throw error("this quote is not closed", column: column)
    }

    private func error(_ message: String, column: Int) -> QuerySyntaxError {
        QuerySyntaxError(message, column: column, query: query)
    }
}
