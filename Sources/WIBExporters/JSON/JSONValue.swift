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
    func serialized(indent: Int = 0) -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return JSONValue.quote(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if let line = inline(items.map { $0.serialized() }, open: "[", close: "]"), items.allSatisfy(\.isScalar) { return line }
            return block(items.map { $0.serialized(indent: indent + 2) }, open: "[", close: "]", indent: indent)
        case .object(let members):
            if members.isEmpty { return "{}" }
            if members.allSatisfy(\.value.isScalar),
               let line = inline(members.map { "\(JSONValue.quote($0.key)): \($0.value.serialized())" }, open: "{", close: "}") { return line }
            return block(members.map { "\(JSONValue.quote($0.key)): \($0.value.serialized(indent: indent + 2))" },
                         open: "{", close: "}", indent: indent)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func inline(_ parts: [String], open: String, close: String) -> String? {
        let line = open + parts.joined(separator: ", ") + close
        return line.count <= 100 ? line : nil
    }

    private func block(_ parts: [String], open: String, close: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        return open + "\n" + parts.map { pad + $0 }.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + close
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else (non-ASCII included) as it is.
    static func quote(_ text: String) -> String {
        var out = "\""
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
        return out + "\""
    }
}
