import Foundation

/// Runs the same work on many items on every core, and gives the results in the items' order,
/// so that a parallel run writes exactly what a serial one would.
public struct Batch: Sendable {
    /// How many items run at once.
    public var width: Int
    /// Told of each finished item (how many are done, of how many).
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// A batch as wide as the machine (or `width`), reporting to `progress`.
    public init(width: Int = ProcessInfo.processInfo.activeProcessorCount, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.width = max(1, width)
        self.progress = progress
    }

    /// `transform` of every item, in order.
    public func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result) async -> [Result] {
        var results = [Result?](repeating: nil, count: items.count)
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var done = 0
            func start() {
                let index = next
                let item = items[index]
                group.addTask { (index, transform(item)) }
                next += 1
            }
            while next < min(width, items.count) { start() }
            while let (index, result) = await group.next() {
                results[index] = result
                done += 1
                progress?(done, items.count)
                if next < items.count { start() }
            }
        }
        return results.compactMap { $0 }
    }
}
