import WIBKit

/// The line that ends a batch: what was done, then warnings, errors and time.
struct Summary {
    let diagnostics: [Diagnostic]
    let elapsed: String

    /// "wib: 4000 posts read, 4000 files written to out, 2 warnings, 0 errors, 6.1 s".
    func line(_ done: String) -> String {
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let errors = diagnostics.count - warnings
        return "wib: \(done), \(Summary.count(warnings, "warning")), \(Summary.count(errors, "error")), \(elapsed)"
    }

    /// "1 post", "2 posts".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
