import WIBCore

/// Turns one post into the text of one output file.
///
/// Exporters never escape Markdown or HTML by hand: text goes through cmark-gfm's renderers.
public protocol PostExporter: Sendable {
    /// Writes `post`. The same post always gives the same bytes.
    func export(_ post: Post) throws -> String
}
