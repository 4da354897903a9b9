/// A table from ``WordKey``s to values, looked up without hashing again (the key is a hash
/// already): open addressing over a power-of-two array. Built once, read many times.
public struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// A table of `entries` (a later entry with the same key replaces an earlier one).
    public init(_ entries: [(key: WordKey, value: Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for entry in entries { insert(entry.key, entry.value) }
    }

    private mutating func insert(_ key: WordKey, _ value: Value) {
        var slot = WordTable.start(key.value, mask)
        while values[slot] != nil && keys[slot] != key.value { slot = (slot + 1) & mask }
        keys[slot] = key.value
        values[slot] = value
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    public subscript(_ key: WordKey) -> Value? {
        var slot = WordTable.start(key.value, mask)
        while let value = values[slot] {
            if keys[slot] == key.value { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func start(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }
}

/// A set of words (folded to lower case for ASCII letters), looked up by ``WordKey`` without
/// hashing again.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    /// The set of `words`.
    public init(_ words: [String]) { table = WordTable(words.map { (WordKey($0), true) }) }

    /// The set of `words`.
    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `key` is in the set.
    @inline(__always)
    public func contains(_ key: WordKey) -> Bool { table[key] != nil }
}
