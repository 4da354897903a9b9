import WIBAnnotators

/// The name of one of WIBKit's annotators (`states`, `resolutions`), as the `annotate` step's
/// `annotators` option takes it; the names are those of `StandardAnnotators.all`.
public struct AnnotatorName: RawRepresentable, CaseIterable, Hashable, ExpressibleByOption {
    /// The name.
    public let rawValue: String

    /// The annotator named `rawValue`, or `nil` when no built-in annotator has that name.
    public init?(rawValue: String) {
        guard StandardAnnotators.names.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Every annotator's name, in the order `StandardAnnotators.all` runs them.
    public static var allCases: [AnnotatorName] {
        StandardAnnotators.names.compactMap(AnnotatorName.init(rawValue:))
    }
}
