import WIBKit

/// The paragraphs (top-level blocks, as text) added, removed and changed between two versions of
/// a post: the longest common run of equal paragraphs is kept, and of what is left between two
/// kept paragraphs, a removed and an added paragraph that share at least half of their words
/// (counted on the longer) pair up as one changed paragraph, in order.
struct ParagraphDiff: Sendable, Hashable {
    /// One difference; numbers count paragraphs from 1, in the old version for `removed` and in
    /// the new one for `added` and `changed`.
    enum Change: Sendable, Hashable {
        case added(number: Int, text: String)
        case removed(number: Int, text: String)
        case changed(number: Int, old: String, new: String)
    }

    /// The differences, in the new version's order.
    let changes: [Change]

    init(old: [String], new: [String]) {
        // Longest common subsequence, by a table of suffix lengths.
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var changes: [Change] = []
        var removed: [Int] = [], added: [Int] = []
        func flush() {
            var pending = removed
            for j in added {
                if let match = pending.firstIndex(where: { ParagraphDiff.similar(old[$0], new[j]) }) {
                    for i in pending[..<match] { changes.append(.removed(number: i + 1, text: old[i])) }
                    changes.append(.changed(number: j + 1, old: old[pending[match]], new: new[j]))
                    pending.removeFirst(match + 1)
                } else {
                    changes.append(.added(number: j + 1, text: new[j]))
                }
            }
            for i in pending { changes.append(.removed(number: i + 1, text: old[i])) }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                flush()
                i += 1
                j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
        }
        flush()
        self.changes = changes
    }

    /// Whether two paragraphs share at least half of their distinct words, counted on the longer.
    static func similar(_ a: String, _ b: String) -> Bool {
        let words = { (text: String) in Set(text.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })) }
        let (x, y) = (words(a), words(b))
        guard let longer = [x.count, y.count].max(), longer > 0 else { return false }
        return Double(x.intersection(y).count) >= Double(longer) / 2
    }
}
