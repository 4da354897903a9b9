/// Builds a pipeline's transformers from a block of Swift statements:
///
/// ```swift
/// let pipeline = Pipeline {
///     Annotate()
///     Filter(country: "PRK", since: CalendarDate(iso: "2024-01-01"))
///     if wantsPack { Export(packFile: "dprk.md", title: "DPRK") }
/// }
/// ```
@resultBuilder
public enum PipelineBuilder {
    /// One transformer.
    public static func buildExpression(_ transformer: any Transformer) -> [any Transformer] { [transformer] }

    /// Several transformers, as an array.
    public static func buildExpression(_ transformers: [any Transformer]) -> [any Transformer] { transformers }

    /// The statements of a block, in order.
    public static func buildBlock(_ parts: [any Transformer]...) -> [any Transformer] { parts.flatMap { $0 } }

    /// An `if` without `else`.
    public static func buildOptional(_ part: [any Transformer]?) -> [any Transformer] { part ?? [] }

    /// The first branch of an `if`–`else`.
    public static func buildEither(first part: [any Transformer]) -> [any Transformer] { part }

    /// The second branch of an `if`–`else`.
    public static func buildEither(second part: [any Transformer]) -> [any Transformer] { part }

    /// A `for` loop.
    public static func buildArray(_ parts: [[any Transformer]]) -> [any Transformer] { parts.flatMap { $0 } }
}
