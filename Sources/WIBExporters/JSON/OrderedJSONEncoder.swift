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
        var out: [UInt8] = []
        root.write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
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
