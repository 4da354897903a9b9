import Foundation
import WIBCore
import WIBMarkdown

/// Writes a post as LaTeX, through cmark-gfm's LaTeX writer.
///
/// As a fragment (the default), it is what a document `\input`s: the title as a `\section`, a
/// one-line summary of the meeting, then the body, with the characters of the post as they are.
/// Standalone, it is a whole document that pdflatex compiles with TeX Live's base packages
/// alone (Debian's texlive-latex-base):
///
/// - `article`, T1 fonts and UTF-8 input (curly quotes, dashes, č, é, ü), `hyperref` for links,
///   unnumbered sections;
/// - the post's title as `\title`, its posted date as `\date` (left empty when there is none, so
///   LaTeX never prints the day it ran), then the summary and the body, whose shallowest headings
///   become `\section`s;
/// - characters that pdflatex cannot typeset in that setup transliterated or replaced (see
///   ``PDFLaTeXCharacters``).
///
/// In both, a thematic break is a rule of 0.4pt: cmark-gfm writes its thickness as
/// `\linethickness`, a command of picture mode that LaTeX cannot read as a length.
public struct LaTeXExporter: PostExporter {
    /// Whether it writes a whole document rather than a fragment.
    public let standalone: Bool

    /// Creates the exporter.
    public init(standalone: Bool = false) {
        self.standalone = standalone
    }

    public func export(_ post: Post) throws -> String {
        let noLinks = ExportOptions(linksEntities: false)
        guard standalone else { return render(PostDocument.blocks(of: post, withSummary: true, options: noLinks)) }
        let characters = PDFLaTeXCharacters()
        let body = PostDocument.blocks(of: post, withSummary: true, options: noLinks).dropFirst()
        let document = Array(body).rewritten(by: HeadingShifter.moving(Array(body), toLevel: 1)).rewritten(by: characters)
        return """
        \\documentclass[11pt,a4paper]{article}
        \\usepackage[T1]{fontenc}
        \\usepackage[utf8]{inputenc}
        \\usepackage[colorlinks=true,linkcolor=black,urlcolor=blue,pdfusetitle]{hyperref}
        \\setcounter{secnumdepth}{0}
        \\title{\(inline(post.metadata.title, characters))}
        \\author{What's In Blue}
        \\date{\(post.metadata.posted.map { inline("Posted \($0)", characters) } ?? "")}
        \\begin{document}
        \\maketitle

        \(render(document))
        \\end{document}

        """
    }

    /// `blocks` as LaTeX, with cmark-gfm's rule fixed.
    private func render(_ blocks: [Block]) -> String {
        MarkdownRenderer().render(blocks, as: .latex)
            .replacingOccurrences(of: "\\begin{center}\\rule{0.5\\linewidth}{\\linethickness}\\end{center}", with: "\\begin{center}\\rule{0.5\\linewidth}{0.4pt}\\end{center}")
    }

    /// `text` as LaTeX for a command's argument: escaped by cmark-gfm, on one line.
    private func inline(_ text: String, _ characters: PDFLaTeXCharacters) -> String {
        let paragraph = Block.paragraph(Paragraph(content: [.text(text)], range: SourceRange(line: 1)))
        return MarkdownRenderer().render([paragraph].rewritten(by: characters), as: .latex)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
