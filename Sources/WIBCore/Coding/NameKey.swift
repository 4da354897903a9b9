/// A coding key for any name: the keys of attribute objects, whose names are data.
struct NameKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer {
    /// Encodes `attributes` as an object under `key`, its names in sorted order (a dictionary's
    /// own order changes from run to run, and output must not).
    mutating func encodeSorted<Value: Encodable>(_ attributes: [String: Value], forKey key: Key) throws {
        var nested = nestedContainer(keyedBy: NameKey.self, forKey: key)
        for name in attributes.keys.sorted() {
            try nested.encode(attributes[name], forKey: NameKey(name))
        }
    }
}
