/// A JSON value under construction; containers are filled in place (appending is O(1)), then
/// written out as pretty-printed JSON: two-space indentation, `"key": value`, and arrays or
/// objects of scalars on one line when that line stays short. A node never filled in is `{}`.
final class JSONNode {
    private enum Kind { case unset, scalar, object, array }

    private var kind = Kind.unset
    private var scalar = JSONScalar.null
    private var members: [(key: String, node: JSONNode)] = []
    /// The members' positions by key, made once an object holds more than a few (most hold a
    /// handful, where looking along them is faster than hashing).
    private var positions: [String: Int]?
    private var items: [JSONNode] = []

    func setScalar(_ value: JSONScalar) {
        kind = .scalar
        scalar = value
    }

    /// The child for `key`, made an object member (keys keep their first position).
    func member(_ key: String) -> JSONNode {
        makeObject()
        if let position = positions.map({ $0[key] }) ?? members.firstIndex(where: { $0.key == key }) {
            return members[position].node
        }
        let child = JSONNode()
        members.append((key, child))
        if positions != nil {
            positions?[key] = members.count - 1
        } else if members.count > 16 {
            positions = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element.key, $0.offset) })
        }
        return child
    }

    func makeObject() {
        if kind != .object { (kind, members, positions) = (.object, [], nil) }
    }

    func makeArray() {
        if kind != .array { (kind, items) = (.array, []) }
    }

    func appendElement() -> JSONNode {
        makeArray()
        let child = JSONNode()
        items.append(child)
        return child
    }

    var count: Int {
        switch kind {
        case .array: items.count
        case .object: members.count
        default: 0
        }
    }

    func encode(_ value: some Encodable, path: EncodingPath) throws {
        switch value {
        case let v as String: setScalar(.string(v))
        case let v as Bool: setScalar(.bool(v))
        case let v as Int: setScalar(.number(String(v)))
        case let v as Double:
            guard v.isFinite else {
                throw EncodingError.invalidValue(v, .init(codingPath: path.keys, debugDescription: "JSON has no \(v)"))
            }
            setScalar(.number(v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)))
        default: try value.encode(to: JSONNodeEncoder(node: self, path: path))
        }
    }

    /// Appends this value's JSON, as UTF-8, to `out`, its lines after the first indented by
    /// `indent` spaces.
    func write(to out: inout [UInt8], indent: Int) {
        switch kind {
        case .scalar:
            scalar.write(to: &out)
        case .unset, .object, .array:
            if writeOneLine(to: &out) { return }
            out.append(contentsOf: (kind == .array ? "[\n" : "{\n").utf8)
            let count = self.count
            for index in 0..<count {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                let child: JSONNode
                if kind == .array {
                    child = items[index]
                } else {
                    JSONScalar.quote(members[index].key, into: &out)
                    out.append(contentsOf: ": ".utf8)
                    child = members[index].node
                }
                child.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (index + 1 < count ? ",\n" : "\n").utf8)
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            out.append(kind == .array ? UInt8(ascii: "]") : UInt8(ascii: "}"))
        }
    }

    /// Appends the one-line form of an empty container, or of a container of scalars that fits in
    /// 100 characters, and returns true; returns false, `out` untouched, for any other.
    private func writeOneLine(to out: inout [UInt8]) -> Bool {
        guard kind == .array ? items.allSatisfy({ $0.kind == .scalar }) : members.allSatisfy({ $0.node.kind == .scalar }) else { return false }
        var line = [kind == .array ? UInt8(ascii: "[") : UInt8(ascii: "{")]
        var length = 2
        for index in 0..<count {
            let (key, child) = kind == .array ? (nil, items[index]) : (members[index].key, members[index].node)
            guard child.scalar.append(key: key, separated: index > 0, to: &line, length: &length) else { return false }
        }
        out += line
        out.append(kind == .array ? UInt8(ascii: "]") : UInt8(ascii: "}"))
        return true
    }
}
