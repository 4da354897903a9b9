import WIBCore

/// The HTML tags around a custom node in WIBKit's Markdown: `<div data-wib="KIND"
/// data-wib-NAME="VALUE">` and `</div>` on lines of their own around a ``CustomBlock``'s blocks,
/// `<span …>` and `</span>` around a ``CustomInline``'s text. Viewers that show Markdown (GitHub
/// among them) show the content and no tag; WIBKit's reader reads the tags back into the node.
///
/// The kind is the value of `data-wib`; each attribute is a `data-wib-NAME`, its letters,
/// digits, `-` and `.` written as they are and any other character as `_HEX_` (its code point in
/// lower-case hexadecimal), so that every name is one that CommonMark's raw HTML allows. In
/// values, `&`, `"`, `<`, `>`, `|` and control characters are character references, so that a
/// tag is always one line and never ends a table cell. Attributes are written in the order of
/// their names.
struct CustomNodeTag: Equatable {
    /// The HTML element: `div` for blocks, `span` for inlines.
    enum Element: String {
        case div, span
    }

    let element: Element
    let kind: String
    let attributes: [String: String]

    init(element: Element, kind: String, attributes: [String: String]) {
        self.element = element
        self.kind = kind
        self.attributes = attributes
    }

    /// The opening tag.
    var opening: String {
        var tag = "<\(element.rawValue) data-wib=\"\(CustomNodeTag.escaped(kind))\""
        for name in attributes.keys.sorted() {
            tag += " data-wib-\(CustomNodeTag.encodedName(name))=\"\(CustomNodeTag.escaped(attributes[name]!))\""
        }
        return tag + ">"
    }

    /// The closing tag.
    var closing: String { "</\(element.rawValue)>" }

    /// The tag that `literal` (surrounding whitespace aside) opens, when it is exactly an
    /// opening tag as ``opening`` writes it for `element`.
    init?(opening literal: String, element: Element) {
        var rest = Substring(literal.trimmingASCIIWhitespace)
        guard rest.hasPrefix("<\(element.rawValue) "), rest.hasSuffix(">") else { return nil }
        rest = rest.dropFirst(element.rawValue.count + 1).dropLast()
        var kind: String?
        var attributes: [String: String] = [:]
        while let space = rest.first, space == " " {
            rest = rest.dropFirst()
            guard let equals = rest.firstIndex(of: "="), rest[rest.index(after: equals)...].first == "\"" else { return nil }
            let name = rest[..<equals]
            let valueStart = rest.index(equals, offsetBy: 2)
            guard let quote = rest[valueStart...].firstIndex(of: "\"") else { return nil }
            let value = CustomNodeTag.unescaped(rest[valueStart..<quote])
            rest = rest[rest.index(after: quote)...]
            if name == "data-wib", kind == nil {
                kind = value
            } else if name.hasPrefix("data-wib-"), let decoded = CustomNodeTag.decodedName(name.dropFirst("data-wib-".count)),
                      attributes[decoded] == nil {
                attributes[decoded] = value
            } else {
                return nil
            }
        }
        guard rest.isEmpty, let kind else { return nil }
        self.init(element: element, kind: kind, attributes: attributes)
    }

    /// Whether `literal` (surrounding whitespace aside) is `element`'s closing tag.
    static func isClosing(_ literal: String, element: Element) -> Bool {
        literal.trimmingASCIIWhitespace == "</\(element.rawValue)>"
    }

    /// Whether `literal` (surrounding whitespace aside) is one opening tag of `element`, ours or
    /// another's (`<div class="note">`): such tags nest, and a closing tag closes the last.
    static func isAnyOpening(_ literal: String, element: Element) -> Bool {
        let tag = literal.trimmingASCIIWhitespace
        let start = "<\(element.rawValue)"
        guard tag.hasPrefix(start), tag.hasSuffix(">"), !tag.hasSuffix("/>"), tag.utf8.filter({ $0 == UInt8(ascii: "<") }).count == 1 else { return false }
        let next = tag.dropFirst(start.count).first
        return next == ">" || next == " " || next == "\t" || next == "\n"
    }

    // MARK: Names and values

    private static func encodedName(_ name: String) -> String {
        var encoded = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "_\(String(scalar.value, radix: 16))_"
            }
        }
        return encoded
    }

    private static func decodedName(_ encoded: Substring) -> String? {
        var name = ""
        var rest = encoded
        while let first = rest.first {
            if first == "_" {
                guard let end = rest.dropFirst().firstIndex(of: "_"), let value = UInt32(rest[rest.index(after: rest.startIndex)..<end], radix: 16),
                      let scalar = Unicode.Scalar(value) else { return nil }
                name.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: end)...]
            } else {
                name.append(first)
                rest = rest.dropFirst()
            }
        }
        return name
    }

    private static func escaped(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "|": escaped += "&#124;"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "&#\(scalar.value);"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static let named: [Substring: Unicode.Scalar] = ["amp": "&", "quot": "\"", "lt": "<", "gt": ">"]

    private static func unescaped(_ value: Substring) -> String {
        var result = ""
        var rest = value
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let number = name.first == "#" ? UInt32(name.dropFirst()) : nil
            if let scalar = named[name] ?? number.flatMap(Unicode.Scalar.init) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
}

private extension String {
    var trimmingASCIIWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
