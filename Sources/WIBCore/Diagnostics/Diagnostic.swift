/// A problem or remark about an input, located by file and line.
///
/// Its ``description`` is the form compilers use and editors understand:
/// `Posts/a.txt:12: error: the file is not valid UTF-8`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible, Error {
    /// How serious it is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input could not be used.
        case error
        /// The input was used, but something in it is doubtful.
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// The file it concerns (`-` or `<stdin>` for standard input); `nil` when none.
    public var path: String?
    /// The 1-based line it concerns; `nil` when it concerns the whole file.
    public var line: Int?
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String?, line: Int?, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    /// An error.
    public static func error(_ message: String, path: String?, line: Int? = nil) -> Diagnostic {
        Diagnostic(.error, path: path, line: line, message)
    }

    /// A warning.
    public static func warning(_ message: String, path: String?, line: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, message)
    }

    /// `PATH:LINE: SEVERITY: MESSAGE` (the location parts only when known; line 1 when a path
    /// is known but not the line, so that every report has the same shape).
    public var description: String {
        guard let path else { return "\(severity.rawValue): \(message)" }
        return "\(path):\(line ?? 1): \(severity.rawValue): \(message)"
    }
}
