import WIBCore
import WIBMarkdown

/// Writes a post as a standalone HTML page. The content is rendered by cmark-gfm in its safe
/// mode: raw HTML in the input never passes and `javascript:` links are dropped. The page has
/// no scripts. Resolutions and documents link to undocs.org unless ``ExportOptions`` says otherwise.
public struct HTMLExporter: PostExporter {
    /// The options.
    public let options: ExportOptions

    /// Creates the exporter.
    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func export(_ post: Post) throws -> String {
        let content = MarkdownRenderer().render(PostDocument.blocks(of: post, withSummary: true, options: options), as: .html)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLExporter.escapeText(post.metadata.title))</title>
        <style>
        body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; max-width: 44em; margin: 2em auto; padding: 0 1em; }
        h1, h2 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.7em; color: #0b3d91; }
        h1 + p { color: #555; }
        </style>
        </head>
        <body>
        <article>
        \(content)</article>
        </body>
        </html>

        """
    }

    /// Escapes text for an HTML element's content (the page title, which is outside the
    /// cmark-rendered part).
    static func escapeText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
