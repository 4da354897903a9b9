import WIBTestSupport
import Foundation
import Testing
import WIBKit

/// Counts calls from several threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [(Int, Int)] = []
    func record(_ done: Int, _ total: Int) { lock.withLock { calls.append((done, total)) } }
    var recorded: [(Int, Int)] { lock.withLock { calls } }
}

@Suite struct BatchTests {
    @Test func resultsComeInTheItemsOrderWhateverFinishesFirst() async {
        let items = Array(0..<200)
        let results = await Batch(width: 8).map(items) { item -> Int in
            usleep(UInt32((200 - item) % 7) * 200)
            return item * item
        }
        #expect(results == items.map { $0 * $0 })
    }

    @Test func progressHearsOfEveryItem() async {
        let counter = Counter()
        _ = await Batch(width: 3, progress: counter.record).map(Array(0..<10)) { $0 }
        #expect(counter.recorded.map(\.0) == Array(1...10))
        #expect(counter.recorded.allSatisfy { $0.1 == 10 })
    }

    @Test func aSerialAndAParallelConversionWriteTheSameBytes() async throws {
        let inputs = InputCollector().collect([TestPaths.examplePosts.path, TestPaths.repository.appendingPathComponent("Examples/web").path]).inputs
        let serial = await Converter(format: .json).convert(inputs, width: 1)
        let parallel = await Converter(format: .json).convert(inputs, width: 8)
        #expect(serial.artifacts == parallel.artifacts)
        #expect(serial.diagnostics == parallel.diagnostics)
        #expect(serial.artifacts.count == 10, "13 posts read, each once")
    }
}
