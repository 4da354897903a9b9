/// Encodes `Encodable` values as JSON with object keys in the order the value encodes them.
///
/// Foundation's `JSONEncoder` writes keys in hash order on Linux, which differs from run to run;
/// WIBKit's output must be byte-identical for the same input, and read in the order of the JSON
/// reference (`schemaVersion`, `title`, `posted`, …;
/// Sources/WIBKit/WIBKit.docc/CommandLineAndJSONReference.md).
public struct OrderedJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The pretty-printed JSON of `value`, ending in a newline.
    public func encode(_ value: some Encodable) throws -> String {
        let root = JSONNode()
        try root.encode(value, path: .root)
        return root.value.serialized() + "\n"
    }
}

/// A JSON value under construction; containers are filled in place (appending is O(1)).
final class JSONNode {
    private enum Kind { case unset, scalar, object, array }

    private var kind = Kind.unset
    private var scalar = JSONValue.null
    private var members: [(key: String, node: JSONNode)] = []
    /// The members' positions by key, made once an object holds more than a few (most hold a
    /// handful, where looking along them is faster than hashing).
    private var positions: [String: Int]?
    private var items: [JSONNode] = []

    var value: JSONValue {
        switch kind {
        case .unset: .object([])
        case .scalar: scalar
        case .object: .object(members.map { ($0.key, $0.node.value) })
        case .array: .array(items.map(\.value))
        }
    }

    func setScalar(_ value: JSONValue) {
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
}

/// The `Encoder` that fills a ``JSONNode``.
struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    let path: EncodingPath
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, path: path)
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONNode
        let path: EncodingPath
        var codingPath: [any CodingKey] { path.keys }

        mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).setScalar(.null) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try node.member(key.stringValue).encode(value, path: .key(key, in: path))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            JSONNodeEncoder(node: node.member(key.stringValue), path: .key(key, in: path)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            JSONNodeEncoder(node: node.member(key.stringValue), path: .key(key, in: path)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: node.member("super"), path: path) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            JSONNodeEncoder(node: node.member(key.stringValue), path: .key(key, in: path))
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: JSONNode
        let path: EncodingPath
        var codingPath: [any CodingKey] { path.keys }
        var count: Int { node.count }

        mutating func encodeNil() throws { node.appendElement().setScalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try node.appendElement().encode(value, path: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            JSONNodeEncoder(node: node.appendElement(), path: path).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            JSONNodeEncoder(node: node.appendElement(), path: path).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: node.appendElement(), path: path) }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        let node: JSONNode
        let path: EncodingPath
        var codingPath: [any CodingKey] { path.keys }

        mutating func encodeNil() throws { node.setScalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value, path: path) }
    }
}
