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
        var line = ""
        var length = 2
        switch self {
        case .array(let items):
            guard items.allSatisfy(\.isScalar) else { return nil }
            line = "["
            for (index, item) in items.enumerated() {
                guard JSONValue.append(key: nil, item, separated: index > 0, to: &line, length: &length) else { return nil }
            }
            return line + "]"
        case .object(let members):
            guard members.allSatisfy(\.value.isScalar) else { return nil }
            line = "{"
            for (index, member) in members.enumerated() {
                guard JSONValue.append(key: member.key, member.value, separated: index > 0, to: &line, length: &length) else { return nil }
            }
            return line + "}"
        default:
            return nil
        }
    }

    /// Appends to a one-line form `, ` (when `separated`), the key's literal and `: ` (when there
    /// is a key) and the scalar, adding their characters to `length`; false, with `line` left
    /// unfinished, when `length` would pass 100.
    private static func append(key: String?, _ value: JSONValue, separated: Bool, to line: inout String, length: inout Int) -> Bool {
        let room = 100 - length
        // A text with `room` characters cannot fit with its quotes: no need to write it.
        if case .string(let text) = value, text.utf8.count >= room, text.prefix(room).count >= room { return false }
        let start = line.utf8.endIndex
        if separated { line += ", " }
        if let key {
            quote(key, into: &line)
            line += ": "
        }
        value.write(to: &line, indent: 0)
        // Each part starts and ends with an ASCII character, so the line's characters are its
        // parts' added up; an ASCII part has as many characters as bytes.
        let added = line.utf8[start...]
        let characters = added.allSatisfy { $0 < 0x80 } ? added.count : Substring(added).count
        length += characters
        return length <= 100
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
