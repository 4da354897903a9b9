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

/// Counts the ``Tracked`` items alive.
private final class Alive: @unchecked Sendable {
    private let lock = NSLock()
    private var alive = 0
    private var started = 0
    private var most = 0
    var count: Int { lock.withLock { alive } }
    var mostAliveAndStarted: Int { lock.withLock { most } }
    func add() { lock.withLock { alive += 1 } }
    func remove() { lock.withLock { alive -= 1 } }
    func start() {
        lock.withLock {
            started += 1
            most = max(most, alive + started)
        }
    }
}

/// An item that counts itself alive while its storage lives.
private struct Tracked: Sendable {
    final class Storage: @unchecked Sendable {
        let alive: Alive?
        init(alive: Alive?) { self.alive = alive; alive?.add() }
        deinit { alive?.remove() }
    }
    let value: Int
    let storage: Storage
    init(value: Int, alive: Alive?) {
        self.value = value
        storage = Storage(alive: alive)
    }
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

    /// In place, each item is let go as soon as its replacement is stored: at no time are more
    /// than `width` of the old items alive beside the array's new ones.
    @Test func updatingInPlaceKeepsTheOrderAndLetsEachOldItemGo() async {
        let alive = Alive()
        var items = (0..<100).map { Tracked(value: $0, alive: alive) }
        await Batch(width: 4).update(&items) { item in
            alive.start()
            usleep(UInt32((100 - item.value) % 5) * 200)
            return Tracked(value: item.value * 2, alive: nil)
        }
        #expect(items.map(\.value) == (0..<100).map { $0 * 2 })
        #expect(alive.count == 0)
        // Old items alive plus items started never pass the items given by more than those in
        // flight: each old item goes as its replacement comes (a map would hold all 100 to the end).
        #expect(alive.mostAliveAndStarted <= 100 + 4 + 1)
    }

    @Test func progressHearsOfEveryItem() async {
        let counter = Counter()
        _ = await Batch(width: 3, progress: counter.record).map(Array(0..<10)) { $0 }
        #expect(counter.recorded.map(\.0) == Array(1...10))
        #expect(counter.recorded.allSatisfy { $0.1 == 10 })
    }

    @Test(arguments: [OutputFormat.json, .markdown, .html])
    func aSerialAndAParallelConversionWriteTheSameBytes(format: OutputFormat) async throws {
        let inputs = InputCollector().collect([TestPaths.examplePosts.path, TestPaths.repository.appendingPathComponent("Examples/web").path]).inputs
        let serial = await Converter(format: format).convert(inputs, width: 1)
        let parallel = await Converter(format: format).convert(inputs, width: 8)
        #expect(serial.artifacts == parallel.artifacts)
        #expect(serial.diagnostics == parallel.diagnostics)
        #expect(serial.artifacts.count == 10, "13 posts read, each once")
    }
}
