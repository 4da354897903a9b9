/// One entry of a pipeline file's `pipeline` list: a transformer's name and the options given.
public struct PipelineStep: Sendable, Hashable {
    /// The transformer's name.
    public var name: String
    /// The options as written; `nil` for a bare name.
    public var options: OptionValue?
    /// The line the step is on.
    public var line: Int?

    /// Creates a step.
    public init(name: String, options: OptionValue? = nil, line: Int? = nil) {
        self.name = name
        self.options = options
        self.line = line
    }
}
