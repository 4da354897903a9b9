import Foundation
import Testing
import WIBCore
import WIBExporters
import WIBTestSupport

@Suite struct LaTeXExporterTests {
    static let range = SourceRange(line: 1)

    /// A post with every kind of block, LaTeX's special characters, links with `%`, `#`, `_` and a
    /// non-ASCII letter in their address, and text that pdflatex cannot typeset as it is.
    static let everyBlock = Post(
        metadata: PostMetadata(title: "Kosovo: Briefing on UNMIK & the “Dialogue” – 100% {done}?", posted: CalendarDate(iso: "2025-04-09")),
        body: [
            .paragraph(Paragraph(content: [.text("Special Representative Ana Petrović (Ана Петровић) briefs… on "),
                                           .link(Link(destination: "https://www.un.org/press/en/2025/sc_1234.doc.htm#para%202", content: [.text("the 2 April statement")])),
                                           .text(" and "), .link(Link(destination: "https://example.org/Jenča/ü", content: [.emphasis([.text("this page")])])),
                                           .text(". Costs: US$5 million; ~20 staff; a^2; C:\\unmik; #tag; 😀.")], range: range)),
            .heading(Heading(level: 2, content: [.text("Background & Context")], range: range)),
            .blockQuote(BlockQuote(blocks: [.paragraph(Paragraph(content: [.quotation(Quotation(content: [.text("“We are ready”, said a Kosovo Serb leader.")]))], range: range))], range: range)),
            .heading(Heading(level: 3, content: [.text("Numbers")], range: range)),
            .table(Table(header: [TableCell(content: [.text("Year")]), TableCell(content: [.text("Incidents | arrests")])],
                         rows: [[TableCell(content: [.text("2024")]), TableCell(content: [.strong([.text("41")])])]], range: range)),
            .list(ListBlock(ordered: true, items: [ListItem(blocks: [.paragraph(Paragraph(content: [.text("first, with a “quote”")], range: range))], range: range),
                                    ListItem(blocks: [.paragraph(Paragraph(content: [.text("second — ąčęėįšųūž")], range: range))], range: range)],
                            range: range)),
            .codeBlock(CodeBlock(info: nil, literal: "S/2025/210 % {x} — Μ", range: range)),
            .thematicBreak(ThematicBreak(range: range)),
        ])

    @Test func aFragmentIsTheTitleSectionAndTheBody() throws {
        let latex = try LaTeXExporter().export(try TestPaths.example("2025-03-12-sudan"))
        #expect(latex.hasPrefix("\\section{Sudan: Open Briefing}"))
        #expect(!latex.contains("\\documentclass"))
        #expect(latex.contains("\\subsection{Background}"))
    }

    @Test func aStandaloneDocumentHasAPreambleTitleAndDate() throws {
        let latex = try LaTeXExporter(standalone: true).export(try TestPaths.example("2025-03-12-sudan"))
        #expect(latex.hasPrefix("\\documentclass[11pt,a4paper]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"))
        #expect(latex.contains("\\usepackage[colorlinks=true,linkcolor=black,urlcolor=blue,pdfusetitle]{hyperref}"))
        #expect(latex.contains("\\title{Sudan: Open Briefing}\n"))
        #expect(latex.contains("\\date{Posted 2025-03-12}\n"))
        #expect(latex.contains("\\maketitle\n"))
        #expect(latex.contains("\\section{Background}"), "the post's top headings are sections")
        #expect(!latex.contains("\\section{Sudan"), "the title is the document's, not a section")
        #expect(latex.hasSuffix("\\end{document}\n"))
    }

    @Test func anUndatedPostGetsAnEmptyDateNotToday() throws {
        var post = try TestPaths.example("2025-03-12-sudan")
        post.metadata.posted = nil
        #expect(try LaTeXExporter(standalone: true).export(post).contains("\\date{}\n"))
    }

    @Test func theTitleIsEscapedByCmark() throws {
        let latex = try LaTeXExporter(standalone: true).export(LaTeXExporterTests.everyBlock)
        #expect(latex.contains("\\title{Kosovo: Briefing on UNMIK \\& the ``Dialogue'' -- 100\\% \\{done\\}?}"), "\(latex)")
    }

    @Test(arguments: [
        ("Jenča, Müller, Łódź, façade, œuvre – “quoted” — €5", "Jenča, Müller, Łódź, façade, œuvre – “quoted” — €5"),
        ("Небензя", "Nebenzâ"),
        ("Ελλάδα", "Elláda"),
        ("e\u{301}tat", "état"),
        ("q\u{301}", "q"),
        ("rebuild 💪!", "rebuild [U+1F4AA]!"),
        ("الجزائر", "aljzayr"),
    ])
    func charactersPdflatexCannotTypesetAreTransliteratedOrNamed(_ text: String, _ expected: String) throws {
        let post = Post(metadata: PostMetadata(title: "T"), body: [.paragraph(Paragraph(content: [.text(text)], range: LaTeXExporterTests.range))])
        let latex = try LaTeXExporter(standalone: true).export(post)
        let body = try #require(latex.components(separatedBy: "\\maketitle\n\n").last?.components(separatedBy: "\n").first)
        let expectedLaTeX = expected.replacingOccurrences(of: "“", with: "``").replacingOccurrences(of: "”", with: "''")
            .replacingOccurrences(of: "—", with: "---").replacingOccurrences(of: "–", with: "--")
            .replacingOccurrences(of: "[", with: "{[}").replacingOccurrences(of: "]", with: "{]}")
        #expect(body == expectedLaTeX)
    }

    @Test func aFragmentKeepsTheCharactersAsTheyAre() throws {
        let latex = try LaTeXExporter().export(LaTeXExporterTests.everyBlock)
        #expect(latex.contains("Ана Петровић"))
        #expect(latex.contains("😀"))
    }

    @Test func aThematicBreakIsARuleOfALength() throws {
        for standalone in [false, true] {
            let latex = try LaTeXExporter(standalone: standalone).export(LaTeXExporterTests.everyBlock)
            #expect(latex.contains("\\begin{center}\\rule{0.5\\linewidth}{0.4pt}\\end{center}"))
            #expect(!latex.contains("\\linethickness"))
        }
    }

    @Test func linkAddressesArePercentEncodedASCII() throws {
        let latex = try LaTeXExporter(standalone: true).export(LaTeXExporterTests.everyBlock)
        #expect(latex.contains("\\href{https://example.org/Jen\\%C4\\%8Da/\\%C3\\%BC}{\\emph{this page}}"), "\(latex)")
        #expect(latex.contains("\\href{https://www.un.org/press/en/2025/sc_1234.doc.htm\\#para\\%202}{the 2 April statement}"), "\(latex)")
    }

    @Test(.enabled(if: ExternalTool.pdflatex != nil, "\(ExternalTool.pdflatexAbsent)"))
    func pdflatexCompilesEveryKindOfBlock() throws {
        let latex = try LaTeXExporter(standalone: true).export(LaTeXExporterTests.everyBlock)
        let result = try #require(ExternalTool.pdflatex).compileLaTeX(latex)
        #expect(result.status == 0 && result.madePDF, "\(result.log.components(separatedBy: "\n").filter { $0.hasPrefix("!") })")
    }
}
