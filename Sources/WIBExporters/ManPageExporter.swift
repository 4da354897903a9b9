import Foundation
import WIBCore
import WIBMarkdown

/// Writes a post as a man page that `man -l FILE` shows with its header and sections.
///
/// The page is always whole (a man page without `.TH` is shown as one run-on block):
///
/// - `.TH "TOPIC" "7" "POSTED" "WIBKit" "What's In Blue"`: section 7 (miscellaneous documents);
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

    /// Creates the exporter.
    public init() {}

    public func export(_ post: Post) throws -> String {
        let range = SourceRange(line: 1)
        let summary = PostDocument.summary(of: post) ?? "a What's In Blue post"
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("NAME")], range: range)),
                               .paragraph(Paragraph(content: [.text("\(post.metadata.title) - \(summary)")], range: range))]
        if let first = post.body.first, !first.isHeading {
            blocks.append(.heading(Heading(level: 1, content: [.text("DESCRIPTION")], range: range)))
        }
        blocks += HeadingShifter.moving(post.body, toLevel: 1).rewrite(post.body)
        let header = [ManPageExporter.name(of: post), "7", post.metadata.posted?.description ?? "", "WIBKit", "What's In Blue"]
        return ".TH " + header.map(ManPageExporter.quoted).joined(separator: " ") + "\n" + MarkdownRenderer().render(blocks, as: .man)
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
