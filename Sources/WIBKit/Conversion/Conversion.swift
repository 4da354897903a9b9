/// What converting a set of inputs produced: the output files and every diagnostic.
public struct Conversion: Sendable {
    /// The files to write, in input order.
    public var artifacts: [Artifact] = []
    /// Errors (inputs not converted) and warnings, in input order.
    public var diagnostics: [Diagnostic] = []
    /// How many posts were read.
    public var postCount = 0

    /// Whether any input failed.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Creates an empty conversion.
    public init() {}
}
