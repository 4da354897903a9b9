import WIBCore

/// The standalone page around cmark-gfm's HTML: a title, readable CSS, no scripts, and a
/// `generator` meta element that names WIBKit and what the page is (`WIBKit post`, `WIBKit
/// pack`), by which wib knows its own packs when it reads a folder. A post's page also carries
/// its posted date (`article:published_time`) and address (`canonical`), as the site's pages do,
/// so that reading the page back gives them again.
enum HTMLPage {
    /// The page with `content` (HTML that cmark-gfm rendered in its safe mode) as its article;
    /// `document` is what the page is (`post`, `pack`); `posted` and `address` are the post's.
    static func page(title: String, content: String, document: String, posted: CalendarDate? = nil, address: String? = nil) -> String {
        head(title: title, document: document, posted: posted, address: address) + content + foot
    }

    /// The page up to its article's content: what a page written in pieces starts with.
    static func head(title: String, document: String, posted: CalendarDate? = nil, address: String? = nil) -> String {
        let metadata = (posted.map { "<meta property=\"article:published_time\" content=\"\($0)\">\n" } ?? "")
            + (address.map { "<link rel=\"canonical\" href=\"\(escapeText($0))\">\n" } ?? "")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="WIBKit \(document)">
        \(metadata)<title>\(escapeText(title))</title>
        <style>
        body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; max-width: 48em; margin: 2em auto; padding: 0 1em; }
        h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.7em; color: #0b3d91; }
        h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 2em; }
        h1 + p { color: #555; }
        a { color: #0b3d91; }
        p { overflow-wrap: break-word; }
        table { border-collapse: collapse; font: 14px/1.4 "Helvetica Neue", Arial, sans-serif; margin: 1em 0; display: block; overflow-x: auto; }
        th, td { border: 1px solid #d0d7de; padding: .35em .6em; vertical-align: top; text-align: left; }
        th { background: #f3f6fa; }
        td:first-child { white-space: nowrap; }
        @media (max-width: 40em) {
          table:has(td[data-label]), table:has(td[data-label]) tbody, table:has(td[data-label]) tr, td[data-label] { display: block; }
          table:has(td[data-label]) thead { display: none; }
          table:has(td[data-label]) tr { border: 1px solid #d0d7de; margin: 0 0 .7em; padding: .3em 0; }
          td[data-label] { border: none; padding: .1em .6em; white-space: normal; }
          td[data-label]:first-child { font-weight: bold; }
          td[data-label]:empty { display: none; }
          td[data-label]:not(:first-child)::before { content: attr(data-label) ": "; color: #555; }
        }
        pre { background: #f6f8fa; padding: .8em; overflow-x: auto; font-size: 13px; }
        li { margin: .2em 0; }
        figure.chart { margin: 1em 0 1.5em; }
        figure.chart svg { display: block; width: 100%; max-width: 460px; height: auto; }
        figcaption { margin-bottom: .4em; }
        </style>
        </head>
        <body>
        <article>

        """
    }

    /// The page after its article's content.
    static let foot = "</article>\n</body>\n</html>\n"

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
