import Foundation
import WIBCore

/// Marks people named with a title ("Assistant Secretary-General for Europe, Central Asia, and the
/// Americas Miroslav Jenča", "ROK President Yoon Suk Yeol", "DPRK leader Kim Jong-un"), and later
/// mentions of the same people by full name or surname ("Jenca", "Putin").
///
/// The id is the name; the `title` attribute holds the title as written.
public struct PersonAnnotator: Annotator {
    public static let name = "people"

    static let heads = PhraseMatcher(Titles.heads.map { ($0, $0) })

    /// Creates the annotator.
    public init() {}

    public func annotate(_ post: Post) -> Post {
        let titled = annotatingSpans(of: .person, in: post) { PersonAnnotator.titledPeople(in: $0) }
        var known: [(phrase: String, id: String)] = []
        var titles: [String: [String: String]] = [:]
        for mention in titled.entities where mention.entity.kind == .person {
            let name = mention.entity.id
            titles[name] = mention.entity.attributes
            known.append((name, name))
            let parts = name.split(separator: " ")
            // Later mentions use the surname: the last word, or, in three-word names, possibly the
            // first ("Yoon" for Yoon Suk Yeol).
            let surnames = parts.count == 3 ? [parts[2], parts[0]] : parts.count > 1 ? [parts[parts.count - 1]] : []
            for surname in surnames.map(String.init) where surname.count >= 3 && !Titles.portfolioWords.contains(surname)
                && MemberStates.codeByName[surname] == nil {
                known.append((surname, name))
                let folded = surname.folding(options: .diacriticInsensitive, locale: nil)
                if folded != surname { known.append((folded, name)) }
            }
        }
        guard !known.isEmpty else { return titled }
        let matcher = PhraseMatcher(known)
        return annotatingSpans(of: .person, in: titled) { text in
            matcher.matches(in: text).map { TextMatch(range: $0.range, entity: Entity(kind: .person, id: $0.id, attributes: titles[$0.id] ?? [:])) }
        }
    }

    /// People introduced with a title in one text leaf.
    static func titledPeople(in text: String) -> [TextMatch] {
        var found: [TextMatch] = []
        for head in heads.matches(in: text) where found.last.map({ $0.range.upperBound <= head.range.lowerBound }) ?? true {
            if let appositive = appositiveName(before: head.range.lowerBound, in: text),
               found.last.map({ $0.range.upperBound <= appositive.lowerBound }) ?? true {
                let title = titleText(from: head.range.lowerBound, in: text)
                let name = text[appositive].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                found.append(TextMatch(range: appositive, entity: Entity(kind: .person, id: name, attributes: ["title": title])))
                continue
            }
            guard let (nameRange, titleEnd) = name(after: head.range.upperBound, in: text) else { continue }
            let start = titleStart(before: head.range.lowerBound, in: text)
            let title = text[start..<titleEnd].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",")))
            let name = text[nameRange].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var attributes: [String: String] = [:]
            if !Titles.honorifics.contains(title), !title.isEmpty { attributes["title"] = title }
            found.append(TextMatch(range: start..<nameRange.upperBound, entity: Entity(kind: .person, id: name, attributes: attributes)))
        }
        return found
    }

    /// A title that follows a name, up to the next comma, bracket or full stop.
    private static func titleText(from start: String.Index, in text: String) -> String {
        String(text[start...].prefix { !",(.;".contains($0) }).trimmingCharacters(in: .whitespaces)
    }

    /// Where the title starts: before any modifiers ("Defence", "Deputy to the") right before the head.
    private static func titleStart(before headStart: String.Index, in text: String) -> String.Index {
        var start = headStart
        while true {
            let before = text[..<start]
            if before.hasSuffix("Deputy to the ") { start = text.index(start, offsetBy: -"Deputy to the ".count); continue }
            guard before.hasSuffix(" ") || before.isEmpty else { return start }
            let word = before.dropLast().reversed().prefix { !$0.isWhitespace }
            guard !word.isEmpty, Titles.modifiers.contains(String(word.reversed())) else { return start }
            start = text.index(start, offsetBy: -(word.count + 1))
        }
    }

    /// The name that follows a head (directly, or after a portfolio), and where the title ends.
    private static func name(after headEnd: String.Index, in text: String) -> (Range<String.Index>, String.Index)? {
        var tokens: [(range: Range<String.Index>, word: Substring)] = []
        var index = headEnd
        while tokens.count < 18, index < text.endIndex {
            let rest = text[index...]
            let spaces = rest.prefix { $0 == " " || $0 == "\u{00A0}" }
            let afterSpaces = rest.dropFirst(spaces.count)
            if afterSpaces.first == "," {
                // A comma right after a complete name ends it: "Professor Lena Harjo, Director of …".
                if nameSuffix(of: tokens).count >= 2 { break }
                let comma = afterSpaces.startIndex..<afterSpaces.index(after: afterSpaces.startIndex)
                tokens.append((comma, afterSpaces[comma]))
                index = comma.upperBound
                continue
            }
            let word = afterSpaces.prefix { $0.isLetter || $0.isNumber || "-’'.".contains($0) }
            let trimmed = word.last == "." && word.count > 2 ? word.dropLast() : word
            guard !trimmed.isEmpty, !spaces.isEmpty else { break }
            let isName = trimmed.first!.isUppercase
            let isConnector = Titles.connectors.contains(String(trimmed))
            guard isName || isConnector else { break }
            // A connector right after a complete name ends it: "Vladimir Putin and …", "Kim Jong-un in …".
            if isConnector, nameSuffix(of: tokens).count >= 2 { break }
            let range = trimmed.startIndex..<trimmed.endIndex
            tokens.append((range, trimmed))
            index = range.upperBound
            if trimmed.hasSuffix("’s") || trimmed.hasSuffix("'s") { break }
        }
        while let last = tokens.last, last.word == "," || Titles.connectors.contains(String(last.word)) { tokens.removeLast() }
        let nameTokens = nameSuffix(of: tokens)
        let hasPortfolio = tokens.count > nameTokens.count
        // After a portfolio a name follows a capitalised word ("… Affairs Izumi Nakamitsu"), never
        // a bare connector ("Centre for Digital Resilience" is an institution's name).
        if hasPortfolio, let before = tokens.dropLast(nameTokens.count).last, Titles.connectors.contains(String(before.word)) { return nil }
        guard let first = nameTokens.first, let last = nameTokens.last, nameTokens.count >= 2 || !hasPortfolio,
              nameTokens.allSatisfy({ $0.word.count > 1 || $0.word.first!.isLetter }) else { return nil }
        if nameTokens.count == 1, nameTokens[0].word.count < 3 { return nil }
        return (first.range.lowerBound..<last.range.upperBound, first.range.lowerBound)
    }

    /// The longest run (at most four) of name-like tokens at the end of `tokens`: capitalised,
    /// and neither a portfolio word, a state, nor a possessive.
    private static func nameSuffix(of tokens: [(range: Range<String.Index>, word: Substring)]) -> [(range: Range<String.Index>, word: Substring)] {
        var name: [(range: Range<String.Index>, word: Substring)] = []
        for (offset, token) in tokens.enumerated().reversed() {
            let word = String(token.word)
            guard name.count < 4, token.word.first!.isUppercase, !Titles.portfolioWords.contains(word),
                  MemberStates.codeByName[word] == nil, !word.hasSuffix("’s"), !word.hasSuffix("'s") else { break }
            // With two words in hand, a word right after a connector belongs to the portfolio
            // ("of Operations and Advocacy Edem Wosornu").
            if name.count >= 2, offset > 0, Titles.connectors.contains(String(tokens[offset - 1].word)) { break }
            name.insert(token, at: 0)
        }
        return name
    }

    /// A name and a comma just before a title.
    private static let appositive = TextPattern(#"(?:^|[\s(“])(?<name>[A-Z](?:[\w’'-]+|\.)(?:\s[A-Z](?:[\w’'-]+|\.)){1,3}),\s(?:the\s|a\s|an\s|[A-Z]{2,8}’s\s)?$"#)

    /// A name set before its title: "Ghada Fathi Waly, the Executive Director of …".
    private static func appositiveName(before headStart: String.Index, in text: String) -> Range<String.Index>? {
        let before = (text.index(headStart, offsetBy: -120, limitedBy: text.startIndex) ?? text.startIndex)..<headStart
        guard let match = appositive.firstMatch(in: text, range: before), let name = match["name"] else { return nil }
        let words = name.split(separator: " ").map(String.init)
        guard words.allSatisfy({ !Titles.portfolioWords.contains($0) && MemberStates.codeByName[$0] == nil && !Titles.heads.contains($0) }) else { return nil }
        return name.startIndex..<name.endIndex
    }
}
