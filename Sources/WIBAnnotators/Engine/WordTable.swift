/// A table from ``WordKey``s to values, looked up without hashing again (the key is a hash
/// already): open addressing over a power-of-two array. Built once, read many times.
///
/// Most lookups find nothing (most words start no phrase): a lookup first reads one bit of a
/// filter (four bits a slot, set for the keys the table holds: 2 KB for the lexicon's first
/// words), which stays in the cache where the table would not; then it probes only the array of
/// keys (0 marking an empty slot), and reads the value on a match. The key 0 (that of white
/// space) is kept apart. The arrays sit in one object, so that passing a table retains one.
public struct WordTable<Value: Sendable>: Sendable {
    private final class Storage: Sendable {
        let keys: [UInt64]
        let values: [Value?]
        let zero: Value?
        let mask: Int
        let filter: [UInt64]
        /// The filter's bit of a key is the top bits of its hash mixed, shifted right by this.
        let filterShift: Int

        init(keys: [UInt64], values: [Value?], zero: Value?, filter: [UInt64], filterShift: Int) {
            self.keys = keys
            self.values = values
            self.zero = zero
            self.mask = keys.count - 1
            self.filter = filter
            self.filterShift = filterShift
        }
    }

    private let storage: Storage

    /// A table of `entries` (a later entry with the same key replaces an earlier one).
    public init(_ entries: [(key: WordKey, value: Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        let filterBits = capacity * 4
        let shift = 64 - filterBits.trailingZeroBitCount
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var zero: Value?
        let mask = capacity - 1
        for (key, value) in entries {
            guard key.value != 0 else { zero = value; continue }
            let bit = WordTable.filterBit(key.value, shift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = WordTable.start(key.value, mask)
            while keys[slot] != 0 && keys[slot] != key.value { slot = (slot + 1) & mask }
            keys[slot] = key.value
            values[slot] = value
        }
        storage = Storage(keys: keys, values: values, zero: zero, filter: filter, filterShift: shift)
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    public subscript(_ key: WordKey) -> Value? {
        let storage = storage
        guard key.value != 0 else { return storage.zero }
        let bit = WordTable.filterBit(key.value, storage.filterShift)
        guard storage.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return storage.keys.withUnsafeBufferPointer { keys in
            var slot = WordTable.start(key.value, storage.mask)
            while true {
                let found = keys[slot]
                if found == key.value { return storage.values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & storage.mask
            }
        }
    }

    /// The filter's bit for a key: the top bits of the key mixed otherwise than for its slot.
    @inline(__always)
    private static func filterBit(_ hash: UInt64, _ shift: Int) -> Int { Int(truncatingIfNeeded: (hash &* 0xC2B2_AE3D_27D4_EB4F) >> UInt64(shift)) }

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
