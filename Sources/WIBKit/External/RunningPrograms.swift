import Foundation

/// The external filters' programs running in this process, by process group (each runs in a group
/// of its own, whose id is its process id), so that a run stopped by a signal can stop them too:
/// Ctrl-C reaches only the terminal's foreground group, which the programs have left, and a
/// program left running would outlive wib.
///
/// ``Exec`` adds each program as it starts and takes it off when its run ends; the command line
/// calls ``killAll()`` when a signal stops it, before it exits.
public final class RunningPrograms: @unchecked Sendable {
    /// The process's one list.
    public static let shared = RunningPrograms()

    private let lock = NSLock()
    private var groups = Set<pid_t>()
    private var stopping = false

    private init() {}

    /// Adds a program, the leader of process group `group`.
    func add(_ group: pid_t) {
        lock.withLock {
            groups.insert(group)
            if stopping {
                kill(-group, SIGKILL)
                kill(group, SIGKILL)
            }
        }
    }

    /// Takes a program off the list.
    func remove(_ group: pid_t) {
        lock.withLock { _ = groups.remove(group) }
    }

    /// Returns at once, unless ``killAll()`` was called: then the process is about to exit with
    /// the signal's status, and a run whose program it killed waits for that rather than report
    /// the kill as the program's failure (the report would race the exit).
    func waitIfStopping() async {
        while lock.withLock({ stopping }) { try? await Task.sleep(for: .seconds(1)) }
    }

    /// Sends SIGKILL to every program still on the list and to its process group (what it
    /// started), and to any started afterwards; returns how many programs there were.
    @discardableResult
    public func killAll() -> Int {
        lock.withLock {
            stopping = true
            for group in groups {
                kill(-group, SIGKILL)
                kill(group, SIGKILL)
            }
            defer { groups.removeAll() }
            return groups.count
        }
    }
}
