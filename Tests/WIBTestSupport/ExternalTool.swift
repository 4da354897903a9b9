import Foundation

/// A program that some tests run when the machine has it (pdflatex, groff, man), found on the
/// `PATH`. Tests that need one skip, with a message, when it is absent.
public struct ExternalTool: Sendable {
    /// The program.
    public let url: URL

    /// The program `name` on the `PATH`, or `nil`.
    public init?(_ name: String) {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let found = folders.map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        url = found
    }

    /// pdflatex (Debian's texlive-latex-base), or `nil`.
    public static let pdflatex = ExternalTool("pdflatex")
    /// Why LaTeX compile tests are skipped.
    public static let pdflatexAbsent = "pdflatex is absent (Debian: apt-get install --no-install-recommends texlive-latex-base): LaTeX is not compiled"
    /// groff, or `nil`.
    public static let groff = ExternalTool("groff")
    /// Why man page tests that typeset are skipped.
    public static let groffAbsent = "groff is absent: the man page is not typeset"

    /// Runs the program with `arguments` in `directory`, with `input` on standard input and
    /// `environment` added to this process's; its standard output and standard error, together.
    /// A run past `timeout` seconds is stopped and counts as a failure.
    public func run(_ arguments: [String], in directory: URL? = nil, input: Data = Data(), environment: [String: String] = [:],
                    timeout: TimeInterval = 300) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let scratch = try TemporaryFolder()
        let inURL = URL(fileURLWithPath: try scratch.write("in", "")), outURL = URL(fileURLWithPath: try scratch.write("out", ""))
        try input.write(to: inURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        let output = try FileHandle(forWritingTo: outURL)
        process.standardOutput = output
        process.standardError = output
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            return (-1, "timed out after \(Int(timeout)) s")
        }
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
    }

    /// Compiles `source` with pdflatex in a fresh folder (no shell escape, stopping at the first
    /// error); the exit status, pdflatex's log, and whether a PDF came out.
    public func compileLaTeX(_ source: String) throws -> (status: Int32, log: String, madePDF: Bool) {
        let folder = try TemporaryFolder()
        try folder.write("post.tex", source)
        let (status, output) = try run(["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "post.tex"], in: folder.url)
        let log = (try? Data(contentsOf: folder.url.appendingPathComponent("post.log"))).map { String(decoding: $0, as: UTF8.self) } ?? output
        return (status, log, FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("post.pdf").path))
    }
}
