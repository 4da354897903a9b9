/// A JSON scalar: what a ``JSONNode`` holds when it is not a container.
enum JSONScalar {
    case null
    case bool(Bool)
    /// A number, as written.
    case number(String)
    case string(String)

    /// Appends the scalar's JSON, as UTF-8, to `out`.
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSONScalar.quote(s, into: &out)
        }
    }

    /// Appends to a one-line form `, ` (when `separated`), the key's literal and `: ` (when there
    /// is a key) and this scalar, adding their characters to `length`; false, with `line` left
    /// unfinished, when `length` would pass 100.
    func append(key: String?, separated: Bool, to line: inout [UInt8], length: inout Int) -> Bool {
        let room = 100 - length
        // A text with `room` characters cannot fit with its quotes: no need to write it.
        if case .string(let text) = self, text.utf8.count >= room, text.prefix(room).count >= room { return false }
        let start = line.endIndex
        if separated { line.append(contentsOf: ", ".utf8) }
        if let key {
            JSONScalar.quote(key, into: &line)
            line.append(contentsOf: ": ".utf8)
        }
        write(to: &line)
        // Each part starts and ends with an ASCII character, so the line's characters are its
        // parts' added up; an ASCII part has as many characters as bytes.
        let added = line[start...]
        length += added.allSatisfy { $0 < 0x80 } ? added.count : String(decoding: added, as: UTF8.self).count
        return length <= 100
    }

    /// Appends the JSON string literal of `text` to `out`, as UTF-8: quotes, backslashes, control
    /// characters and the line and paragraph separators (U+2028, U+2029) escaped, everything else
    /// (non-ASCII included) as it is.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = text.utf8
        // Most text needs no escape: no quote, backslash or control byte, and no U+2028 or U+2029
        // (E2 80 A8, E2 80 A9).
        guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) else {
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return
        }
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case ..<0x20: appendEscape(UInt32(byte), to: &out)
            case 0xE2 where bytes[index...].starts(with: [0x80, 0xA8]) || bytes[index...].starts(with: [0x80, 0xA9]):
                appendEscape(bytes[bytes.index(after: index)] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                bytes.formIndex(&index, offsetBy: 2)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends `\u` and the scalar's four lowercase hexadecimal digits.
    private static func appendEscape(_ scalar: UInt32, to out: inout [UInt8]) {
        let hex = String(scalar, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
}
