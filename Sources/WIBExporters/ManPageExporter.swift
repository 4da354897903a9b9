import Foundation
import WIBCore
import WIBMarkdown

/// Writes a post as a man page that `man -l FILE` shows with its header and sections.
///
/// The page is always whole (a man page without `.TH` is shown as one run-on block):
///
/// - `.TH "TOPIC" "7" "POSTED" "WIBKit" "What's In Blue"`: section 7 (miscellaneous documents),
///   or the ``section`` given;
///   the name is the post's topic, or its title, in capitals and cut at a word to
///   ``nameLimit`` characters so that the header fits 80 columns; the date is the posted date
///   (empty when there is none);
/// - `NAME`: the full title, ` - ` and the one-line summary of the meeting (what `whatis` shows);
/// - `DESCRIPTION`: the text before the post's first heading;
/// - the post's sections, its shallowest headings as `.SH` and deeper ones as `.SS`.
///
/// The body is written by cmark-gfm's man writer, which escapes roff.
public struct ManPageExporter: PostExporter {
    /// The longest name in the `.TH` line, in characters: 24.
    public static let nameLimit = 24

    /// The manual section the `.TH` line names (1…9).
    public let section: Int

    /// Creates the exporter for pages in `section` (7, miscellaneous documents, by default).
    public init(section: Int = 7) {
        self.section = (1...9).contains(section) ? section : 7
    }

    public func export(_ post: Post) throws -> String {
        let range = SourceRange(line: 1)
        let summary = PostDocument.summary(of: post) ?? "a What's In Blue post"
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("NAME")], range: range)),
                               .paragraph(Paragraph(content: [.text("\(post.metadata.title) - \(summary)")], range: range))]
        if let first = post.body.first, !first.isHeading {
            blocks.append(.heading(Heading(level: 1, content: [.text("DESCRIPTION")], range: range)))
        }
        blocks += post.body.rewritten(by: HeadingShifter.moving(post.body, toLevel: 1))
        let header = [ManPageExporter.name(of: post), "\(section)", post.metadata.posted?.description ?? "", "WIBKit", "What's In Blue"]
        return ManPageExporter.asciiOnly(".TH " + header.map(ManPageExporter.quoted).joined(separator: " ") + "\n" + MarkdownRenderer().render(blocks, as: .man))
    }

    /// `page` with every character outside ASCII written as groff's `\[uXXXX]`: groff reads
    /// its input as Latin-1 unless a preprocessor says otherwise (`man -l` runs one; `groff
    /// -man` does not), and the escape reads the same everywhere.
    static func asciiOnly(_ page: String) -> String {
        var out = ""
        out.reserveCapacity(page.utf8.count)
        for scalar in page.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return out
    }

    /// The page's name: the topic (else the title) in capitals, cut at a word within ``nameLimit``.
    static func name(of post: Post) -> String {
        let name = (post.metadata.topic ?? post.metadata.title).uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard name.count > nameLimit else { return name }
        let cut = name.prefix(nameLimit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// A `.TH` argument: in double quotes, with roff's escape and quote characters escaped.
    static func quoted(_ argument: String) -> String {
        "\"" + argument.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}

private extension Block {
    var isHeading: Bool {
        if case .heading = self { true } else { false }
    }
}
