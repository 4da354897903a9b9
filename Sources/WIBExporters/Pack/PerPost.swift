import Foundation

/// Work done on each post of a pack on every core (or on one, when not `parallel`), its results in
/// the posts' order: each result depends on its post alone, so the pack is the same whichever
/// core made it.
enum PerPost {
    /// `transform(i)` for every `i` in `0..<count`, in order, made `chunk` at a time so that no more
    /// than a chunk of results beyond those kept exist at once when `keep` folds them into less.
    static func map<Result>(_ count: Int, parallel: Bool, chunk: Int = 512, _ transform: @Sendable (Int) -> Result, keep: (Int, Result) -> Void) {
        guard parallel else {
            for index in 0..<count { keep(index, transform(index)) }
            return
        }
        var start = 0
        while start < count {
            let end = min(count, start + chunk)
            var results = [Result?](repeating: nil, count: end - start)
            results.withUnsafeMutableBufferPointer { buffer in
                let base = start
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: end - start) { buffer[$0] = transform(base + $0) }
            }
            for (offset, result) in results.enumerated() { keep(start + offset, result!) }
            start = end
        }
    }

    /// `transform(i)` for every `i` in `0..<count`, in order.
    static func map<Result>(_ count: Int, parallel: Bool, _ transform: @Sendable (Int) -> Result) -> [Result] {
        var all: [Result] = []
        all.reserveCapacity(count)
        map(count, parallel: parallel, transform) { all.append($1) }
        return all
    }
}
