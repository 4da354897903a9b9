import Testing
import WIBExporters

@Suite struct OutputFormatTests {
    @Test(arguments: [
        ("markdown", OutputFormat.markdown), ("md", .markdown), ("MD", .markdown), ("gfm", .markdown), ("json", .json), ("JSON", .json),
        ("html", .html), ("htm", .html), ("latex", .latex), ("tex", .latex), ("man", .man), ("text", .text), ("txt", .text), ("plain", .text),
    ])
    func namesAndShortNamesInAnyCase(_ name: String, _ format: OutputFormat) {
        #expect(OutputFormat(name: name) == format)
    }

    @Test(arguments: ["pdf", "docx", "mdx", "", "1"])
    func otherNamesAreNoFormat(_ name: String) {
        #expect(OutputFormat(name: name) == nil)
    }

    @Test(arguments: [
        ("md", OutputFormat.markdown), ("markdown", .markdown), ("json", .json), ("html", .html), ("HTM", .html), ("tex", .latex),
        ("latex", .latex), ("man", .man), ("1", .man), ("7", .man), ("9", .man), ("txt", .text), ("text", .text),
    ])
    func extensionsNameTheirFormat(_ fileExtension: String, _ format: OutputFormat) {
        #expect(OutputFormat(fileExtension: fileExtension) == format)
    }

    @Test(arguments: ["0", "10", "pdf", "gfm", "plain", "", "m"])
    func otherExtensionsNameNone(_ fileExtension: String) {
        #expect(OutputFormat(fileExtension: fileExtension) == nil)
    }

    @Test func eachFormatsFileExtensionReadsBackAsIt() {
        for format in OutputFormat.allCases { #expect(OutputFormat(fileExtension: format.fileExtension) == format) }
        #expect(OutputFormat.man.fileExtension == "7", "a man page in a folder is named for its section, as man -l and mandb expect")
    }
}
