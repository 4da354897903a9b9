import Foundation
import Testing
import WIBCore
import WIBMarkdown

/// cmark-gfm's table extension puts a backslash before every `|` in a cell whatever the format;
/// only CommonMark wants it. These check the workaround in LaTeX, man and plain text.
@Suite struct TableCellEscapingTests {
    private let table = Block.table(Table(
        header: [TableCell(content: [.text("Who | what")]), TableCell(content: [.text("Contact")])],
        rows: [[TableCell(content: [.text("A | B")]), TableCell(content: [.text("desk@un.org")])]],
        range: SourceRange(line: 1)))

    private func render(_ format: RenderFormat) -> String {
        MarkdownRenderer().render([table], as: format)
    }

    @Test func latexWritesABarNotALineBreak() {
        let latex = render(.latex)
        #expect(latex.contains("A \\textbar{} B & desk@un.org \\\\"))
        #expect(!latex.contains("\\\\textbar"))
    }

    @Test func manKeepsTheBarAndTheAtSign() {
        let man = render(.man)
        #expect(man.contains("A | B@desk\\[at]un.org"), "\(man)")
        #expect(!man.contains("\\|"))
    }

    @Test func plainTextShowsTheBarWithoutABackslash() {
        let text = render(.plainText)
        #expect(text.contains("| A | B | desk@un.org |"), "\(text)")
        #expect(!text.contains("\\|"))
    }

    @Test func commonMarkStillEscapesItSoTheCellReadsBack() throws {
        let markdown = render(.commonMark)
        #expect(markdown.contains("A \\| B"))
        guard case .table(let reread)? = CommonMarkParser().parse(markdown).first else {
            Issue.record("no table read back")
            return
        }
        #expect(reread.rows[0].map(\.content.plainText) == ["A | B", "desk@un.org"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "groff is absent: the man table is not typeset"))
    func groffTypesetsTheManTable() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        process.arguments = ["-t", "-man", "-Tutf8"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((".TH T 1\n" + render(.man)).utf8))
        try input.fileHandleForWriting.close()
        let typeset = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(typeset.contains("A | B"))
        #expect(typeset.contains("desk@un.org"))
    }
}
