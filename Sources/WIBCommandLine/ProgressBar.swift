import Foundation

/// A progress bar on standard error, for batches: files done, rate and time left, redrawn at
/// most ten times a second. It draws only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    /// Whether it draws at all.
    let isShown: Bool

    /// A bar that draws unless `quiet` or standard error is not a terminal.
    init(quiet: Bool) {
        isShown = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Reports `done` of `total` in `phase` ("reading", "writing").
    func update(_ phase: String, _ done: Int, _ total: Int) {
        guard isShown else { return }
        lock.withLock {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            drawn = true
            let elapsed = max(now.timeIntervalSince(started), 0.001)
            let fraction = total == 0 ? 1 : Double(done) / Double(total)
            let width = 24
            let filled = Int(fraction * Double(width))
            let rate = Double(done) / elapsed
            let left = rate > 0 ? Double(total - done) / rate : 0
            let line = "[\(String(repeating: "#", count: filled))\(String(repeating: "-", count: width - filled))] \(phase) \(done)/\(total) · \(Int(rate.rounded()))/s · ETA \(Int(left.rounded())) s"
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }
    }

    /// Clears the bar, so that what follows starts on a clean line.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }

    /// Seconds since the bar was made, for the summary line.
    var elapsed: String {
        String(format: "%.1f s", Date().timeIntervalSince(started))
    }
}
