/// A JSON value whose objects keep their keys in the order they were encoded.
indirect enum JSONValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// Pretty-printed JSON: two-space indentation, `"key": value`, and arrays or objects of
    /// scalars on one line when that line stays short.
    func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if let line = inlineForm { out += line; return }
            writeBlock(items.map { (nil, $0) }, open: "[", close: "]", to: &out, indent: indent)
        case .object(let members):
            if let line = inlineForm { out += line; return }
            writeBlock(members.map { ($0.key, $0.value) }, open: "{", close: "}", to: &out, indent: indent)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// The one-line form of an empty container, or of a container of scalars that fits in 100
    /// characters; `nil` otherwise.
    private var inlineForm: String? {
        let count: Int
        let part: (Int) -> String
        let (open, close): (String, String)
        switch self {
        case .array(let items):
            guard items.allSatisfy(\.isScalar) else { return nil }
            (count, part) = (items.count, { items[$0].serialized() })
            (open, close) = ("[", "]")
        case .object(let members):
            guard members.allSatisfy(\.value.isScalar) else { return nil }
            (count, part) = (members.count, { JSONValue.quote(members[$0].key) + ": " + members[$0].value.serialized() })
            (open, close) = ("{", "}")
        default:
            return nil
        }
        // Every part starts and ends with an ASCII character, so the line's characters are its
        // parts' and separators' added up: stop as soon as they pass 100.
        var line = open
        var length = 2
        for index in 0..<count {
            let piece = part(index)
            length += piece.count + (index > 0 ? 2 : 0)
            guard length <= 100 else { return nil }
            if index > 0 { line += ", " }
            line += piece
        }
        return line + close
    }

    private func writeBlock(_ entries: [(key: String?, value: JSONValue)], open: String, close: String, to out: inout String, indent: Int) {
        let pad = String(repeating: " ", count: indent + 2)
        out += open + "\n"
        for (index, entry) in entries.enumerated() {
            out += pad
            if let key = entry.key {
                JSONValue.quote(key, into: &out)
                out += ": "
            }
            entry.value.write(to: &out, indent: indent + 2)
            out += index + 1 < entries.count ? ",\n" : "\n"
        }
        out += String(repeating: " ", count: indent) + close
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else (non-ASCII included) as it is.
    static func quote(_ text: String) -> String {
        var out = ""
        quote(text, into: &out)
        return out
    }

    /// Appends the JSON string literal of `text` to `out`.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: no quote, backslash or control byte, and no U+2028 or U+2029
        // (E2 80 A8, E2 80 A9).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
