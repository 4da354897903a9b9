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
        try root.encode(value, codingPath: [])
        return root.value.serialized() + "\n"
    }
}

/// A JSON value under construction; containers are filled in place (appending is O(1)).
final class JSONNode {
    private enum Kind { case unset, scalar, object, array }

    private var kind = Kind.unset
    private var scalar = JSONValue.null
    private var keys: [String] = []
    private var members: [String: JSONNode] = [:]
    private var items: [JSONNode] = []

    var value: JSONValue {
        switch kind {
        case .unset: .object([])
        case .scalar: scalar
        case .object: .object(keys.map { ($0, members[$0]!.value) })
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
        if let existing = members[key] { return existing }
        let child = JSONNode()
        keys.append(key)
        members[key] = child
        return child
    }

    func makeObject() {
        if kind != .object { (kind, keys, members) = (.object, [], [:]) }
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
        case .object: keys.count
        default: 0
        }
    }

    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: setScalar(.string(v))
        case let v as Bool: setScalar(.bool(v))
        case let v as Int: setScalar(.number(String(v)))
        case let v as Double:
            guard v.isFinite else {
                throw EncodingError.invalidValue(v, .init(codingPath: codingPath, debugDescription: "JSON has no \(v)"))
            }
            setScalar(.number(v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)))
        default: try value.encode(to: JSONNodeEncoder(node: self, codingPath: codingPath))
        }
    }
}

/// The `Encoder` that fills a ``JSONNode``.
struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONNode
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).setScalar(.null) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try node.member(key.stringValue).encode(value, codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            JSONNodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            JSONNodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: node.member("super"), codingPath: codingPath) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            JSONNodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: JSONNode
        let codingPath: [any CodingKey]
        var count: Int { node.count }

        mutating func encodeNil() throws { node.appendElement().setScalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try node.appendElement().encode(value, codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            JSONNodeEncoder(node: node.appendElement(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            JSONNodeEncoder(node: node.appendElement(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: node.appendElement(), codingPath: codingPath) }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        let node: JSONNode
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.setScalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value, codingPath: codingPath) }
    }
}
