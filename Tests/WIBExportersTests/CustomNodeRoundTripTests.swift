import Foundation
import Testing
import WIBAnnotators
import WIBCore
import WIBExporters
import WIBMarkdown
import WIBReaders
import WIBTestSupport

/// A node kind of the test's own, through everything WIBKit does with a tree: made by a
/// rewriter, found by a walker, replaced by another rewriter, and read back from WIBKit's JSON and
/// Markdown as it was written.
@Suite struct CustomNodeRoundTripTests {
    /// The test's block kind: a box around what a post says of a sanctions regime.
    struct SanctionsBox: Equatable {
        static let kind = "sanctions-box"
        var regime: String
        var blocks: [Block]

        init(regime: String, blocks: [Block]) {
            self.regime = regime
            self.blocks = blocks
        }

        init?(_ custom: CustomBlock) {
            guard custom.kind == SanctionsBox.kind, let regime = custom.attributes["regime"] else { return nil }
            self.init(regime: regime, blocks: custom.blocks)
        }

        func block(at range: SourceRange) -> Block {
            .custom(CustomBlock(kind: SanctionsBox.kind, attributes: ["regime": regime], blocks: blocks, range: range))
        }
    }

    /// The test's span kind: the end of a term, around the words of a deadline.
    static let termEnd = "term-end"

    /// Boxes each paragraph that cites a resolution of a sanctions regime, and marks the words of
    /// each deadline date as a `term-end` span (inside the date's annotated span); counts both.
    struct Boxer: ASTRewriter {
        var boxes = 0
        var termEnds = 0

        mutating func visitParagraph(_ paragraph: Paragraph) -> [Block] {
            var paragraph = paragraph
            paragraph.content = rewrite(paragraph.content)
            var regimes = RegimeFinder()
            regimes.walk([.paragraph(paragraph)])
            guard let regime = regimes.found.first else { return [.paragraph(paragraph)] }
            boxes += 1
            return [SanctionsBox(regime: regime, blocks: [.paragraph(paragraph)]).block(at: paragraph.range)]
        }

        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) -> [Inline] {
            guard entity.kind == .date, entity.attributes[.role] == .deadline else { return defaultVisit(.annotated(entity, children)) }
            termEnds += 1
            return [.annotated(entity, [.custom(CustomInline(kind: CustomNodeRoundTripTests.termEnd, attributes: ["until": entity.id], content: children))])]
        }
    }

    /// The regimes of the resolutions cited, through the typed key.
    struct RegimeFinder: ASTWalker {
        var found: [String] = []

        mutating func visitAnnotated(_ entity: Entity, children: [Inline]) {
            if let regime = entity.attributes[.regime], !found.contains(regime) { found.append(regime) }
            descend(into: .annotated(entity, children))
        }
    }

    /// The boxes and term ends of a body, as a walker finds them.
    struct Census: ASTWalker {
        var boxes: [SanctionsBox] = []
        var termEnds: [String] = []

        mutating func visitCustomBlock(_ customBlock: CustomBlock) {
            if let box = SanctionsBox(customBlock) { boxes.append(box) }
            descend(into: .custom(customBlock))
        }

        mutating func visitCustomInline(_ customInline: CustomInline) {
            if customInline.kind == CustomNodeRoundTripTests.termEnd {
                termEnds.append("\(customInline.attributes["until"] ?? "?") «\(customInline.content.plainText)»")
            }
            descend(into: .custom(customInline))
        }

        init(_ post: Post) {
            walk(post.body)
        }
    }

    /// Turns boxes into a heading naming the regime followed by their blocks.
    struct Unboxer: ASTRewriter {
        mutating func visitCustomBlock(_ customBlock: CustomBlock) -> [Block] {
            guard let box = SanctionsBox(customBlock) else { return defaultVisit(.custom(customBlock)) }
            return [.heading(Heading(level: 3, content: [.text("Sanctions: \(box.regime)")], range: customBlock.range))] + rewrite(box.blocks)
        }
    }

    /// The Yemen sanctions renewal of the example pack, annotated and boxed.
    static func boxedPost() throws -> (original: Post, boxed: Post, boxer: Boxer) {
        let url = TestPaths.repository.appendingPathComponent("Examples/BriefingPack/Posts/2025-11-13-yemen-sanctions-renewal.txt")
        let original = StandardAnnotators.annotate(try TestPaths.read(url))
        var boxer = Boxer()
        let boxed = original.rewritten(by: &boxer)
        return (original, boxed, boxer)
    }

    @Test func aRewriterMakesTheNodesAndAWalkerFindsThem() throws {
        let (original, boxed, boxer) = try CustomNodeRoundTripTests.boxedPost()
        #expect(boxer.boxes == 1 && boxer.termEnds == 4)
        let census = Census(boxed)
        #expect(census.boxes.map(\.regime) == ["2140 Yemen sanctions"])
        #expect(census.termEnds == ["2025-11-28 «28 November»", "2026-11-28 «28 November 2026»", "2026-12-28 «28 December 2026»",
                                   "2025-11-11 «11 November»"])
        #expect(boxed.bodyText == original.bodyText, "no character is lost or added")
        #expect(boxed.entities == original.entities, "the spans inside the new nodes are still indexed")
    }

    @Test func anotherRewriterReplacesThem() throws {
        let (original, boxed, _) = try CustomNodeRoundTripTests.boxedPost()
        let unboxed = boxed.rewritten(by: Unboxer())
        #expect(Census(unboxed).boxes.isEmpty)
        #expect(unboxed.body.count == original.body.count + 1)
        #expect(unboxed.body.first?.plainText == "Sanctions: 2140 Yemen sanctions")
        #expect(unboxed.body.dropFirst().map(\.plainText) == original.body.map(\.plainText))
    }

    @Test func jsonHoldsThemAndTheSchemaKnowsThem() throws {
        let (_, boxed, _) = try CustomNodeRoundTripTests.boxedPost()
        let json = try JSONExporter().export(boxed)
        let read = try JSONPostReader().read(SourceText(text: json, path: "boxed.json"))
        #expect(read == [boxed], "JSON holds the whole tree")
        #expect(try JSONExporter().export(read[0]) == json, "and writes it again byte for byte")
        let validator = try JSONSchemaValidator(schema: Data(contentsOf: JSONSchemaTests.schemaURL))
        #expect(try validator.errors(in: Data(json.utf8)) == [])
        let broken = json.replacingOccurrences(of: "\"kind\": \"sanctions-box\"", with: "\"kind\": 7")
        #expect(try validator.errors(in: Data(broken.utf8)).isEmpty == false, "the schema checks custom nodes too")
    }

    @Test func markdownHoldsThemAndReadsThemBack() throws {
        let (_, boxed, _) = try CustomNodeRoundTripTests.boxedPost()
        let markdown = try MarkdownExporter().export(boxed)
        #expect(markdown.contains("<div data-wib=\"sanctions-box\" data-wib-regime=\"2140 Yemen sanctions\">\n\n"))
        #expect(markdown.contains("<span data-wib=\"term-end\" data-wib-until=\"2026-11-28\">28 November 2026</span>"))
        let read = StandardAnnotators.annotate(try #require(try MarkdownPostReader().read(SourceText(text: markdown, path: "boxed.md")).first))
        #expect(Census(read).boxes.map(\.regime) == Census(boxed).boxes.map(\.regime))
        #expect(Census(read).termEnds == Census(boxed).termEnds)
        #expect(read.entities.map(\.entity) == boxed.entities.map(\.entity), "annotating again finds the same entities, inside the nodes too")
        #expect(read.body.map(\.plainText) == boxed.body.map(\.plainText))
        #expect(try MarkdownExporter().export(read) == markdown, "writing what was read gives the same bytes")
    }

    @Test(.enabled(if: ExternalTool("cmark-gfm") != nil, "cmark-gfm is absent: the Markdown is not shown as GitHub shows it"))
    func viewersShowTheTextAndNoTag() throws {
        let (_, boxed, _) = try CustomNodeRoundTripTests.boxedPost()
        let body = try MarkdownExporterTests.split(try MarkdownExporter().export(boxed)).body
        let cmark = try #require(ExternalTool("cmark-gfm"))
        let (status, html) = try cmark.run(["-e", "autolink", "-e", "table", "-e", "strikethrough", "-e", "tasklist"], input: Data(body.utf8))
        #expect(status == 0)
        #expect(!html.contains("data-wib"), "safe HTML leaves the tags out")
        #expect(html.contains("<p>Tomorrow morning (14 November), the Security Council is expected to vote"), "and renders the box's paragraph as Markdown")
        let (_, unsafe) = try cmark.run(["--unsafe", "-e", "table"], input: Data(body.utf8))
        #expect(unsafe.contains("<div data-wib=\"sanctions-box\" data-wib-regime=\"2140 Yemen sanctions\">\n<p>"), "a viewer that keeps HTML puts the paragraph inside the div")
    }
}
