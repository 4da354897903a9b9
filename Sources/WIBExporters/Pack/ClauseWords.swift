import WIBAnnotators

/// The significant words of one or more clauses, as the timeline compares them: each word's
/// ``WordKey`` once, in order of its value. A sorted array is a third of the memory of a set,
/// for the hundreds of thousands of clauses of a large pack, and is compared without making a
/// new one.
struct ClauseWords: Equatable {
    /// The keys' values, in increasing order, each once.
    private(set) var values: [UInt64]

    /// The words `keys`, in any order, repeated or not.
    init(_ keys: some Sequence<WordKey>) {
        var values = keys.map(\.value)
        values.sort()
        var kept = 0
        for value in values where kept == 0 || values[kept - 1] != value {
            values[kept] = value
            kept += 1
        }
        values.removeLast(values.count - kept)
        self.values = values
    }

    /// How many words these and `other` share, counted up to `limit`.
    func shared(with other: ClauseWords, upTo limit: Int) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < values.count, j < other.values.count, count < limit {
            if values[i] < other.values[j] {
                i += 1
            } else if values[i] > other.values[j] {
                j += 1
            } else {
                count += 1
                i += 1
                j += 1
            }
        }
        return count
    }

    /// Adds the words of `other`.
    mutating func formUnion(_ other: ClauseWords) {
        var merged: [UInt64] = []
        merged.reserveCapacity(values.count + other.values.count)
        var (i, j) = (0, 0)
        while i < values.count || j < other.values.count {
            if j == other.values.count || i < values.count && values[i] < other.values[j] {
                merged.append(values[i])
                i += 1
            } else {
                if i < values.count, values[i] == other.values[j] { i += 1 }
                merged.append(other.values[j])
                j += 1
            }
        }
        values = merged
    }
}
