/// A table from ``WordKey``s to values, looked up without hashing again (the key is a hash
/// already): open addressing over a power-of-two array. Built once, read many times.
///
/// Most lookups find nothing (most words start no phrase): a lookup first reads one bit of a
/// small filter (2 KB, set for the keys the table holds), which stays in the cache where the
/// table would not; then it probes only the array of keys (0 marking an empty slot), and reads
/// the value on a match. The key 0 (that of white space) is kept apart.
public struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var zero: Value?
    private let mask: Int
    /// One bit for each key the table holds, at ``filterBit(_:)``.
    private var filter = [UInt64](repeating: 0, count: 256)

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
        guard key.value != 0 else { zero = value; return }
        let bit = WordTable.filterBit(key.value)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        var slot = WordTable.start(key.value, mask)
        while keys[slot] != 0 && keys[slot] != key.value { slot = (slot + 1) & mask }
        keys[slot] = key.value
        values[slot] = value
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    public subscript(_ key: WordKey) -> Value? {
        guard key.value != 0 else { return zero }
        let bit = WordTable.filterBit(key.value)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return keys.withUnsafeBufferPointer { keys in
            var slot = WordTable.start(key.value, mask)
            while true {
                let found = keys[slot]
                if found == key.value { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The filter's bit for a key: 14 bits of the key mixed otherwise than for its slot.
    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0xC2B2_AE3D_27D4_EB4F) >> 50) }

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
