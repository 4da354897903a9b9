import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct OutputTargetTests {
    @Test func noValueOrADashIsStandardOutput() throws {
        #expect(try OutputTarget(nil) == .standardOutput)
        #expect(try OutputTarget("-") == .standardOutput)
    }

    @Test(arguments: [
        ("post.html", OutputFormat.html), ("post.HTM", .html), ("out/post.md", .markdown), ("post.markdown", .markdown), ("post.json", .json),
        ("post.tex", .latex), ("post.1", .man), ("post.7", .man), ("post.man", .man), ("post.txt", .text), ("post.text", .text),
    ])
    func aKnownExtensionIsOneFileInItsFormat(_ path: String, _ format: OutputFormat) throws {
        #expect(try OutputTarget(path) == .file(path: path, format: format))
    }

    @Test(arguments: ["out", "posts.v2", "out/", "notes.md/"])
    func anyOtherPathIsAFolder(_ path: String) throws {
        #expect(try OutputTarget(path) == .folder(path: path))
    }

    @Test func anExistingFolderStaysAFolderWhateverItsName() throws {
        let folder = try TemporaryFolder()
        let named = folder.url.appendingPathComponent("archive.md")
        try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
        #expect(try OutputTarget(named.path) == .folder(path: named.path))
    }

    @Test(arguments: ["post.pdf", "post.DOCX", "post.odt", "post.epub"])
    func aDocumentFormatWibDoesNotWriteIsRefused(_ path: String) {
        let error = #expect(throws: OutputTargetError.self) { try OutputTarget(path) }
        #expect(error?.message.hasPrefix("-o \(path): wib does not write .\((path as NSString).pathExtension.lowercased()) files; it writes .md, .markdown, .json, .html, .htm, .tex, .latex, .man, .1…9, .txt, .text") == true,
                "\(error?.message ?? "")")
    }

    @Test func aPDFIsToldHowToGetOne() {
        let error = #expect(throws: OutputTargetError.self) { try OutputTarget("brief.pdf") }
        #expect(error?.message.hasSuffix("(for a PDF, write -o FILE.tex and run pdflatex on it)") == true)
    }
}
