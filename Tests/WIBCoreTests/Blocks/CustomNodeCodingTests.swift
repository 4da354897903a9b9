import Foundation
import Testing
import WIBCore

@Suite struct CustomNodeCodingTests {
    static let block = Block.custom(CustomBlock(kind: "sanctions-box", attributes: ["regime": "Yemen", "committee": "2140"], blocks: [
        .paragraph(Paragraph(content: [.text("Ask "), .custom(CustomInline(kind: "gloss", attributes: ["lang": "fr"], content: [.text("le comité")]))],
                             range: SourceRange(line: 4))),
    ], range: SourceRange(firstLine: 3, lastLine: 5)))

    @Test func aCustomBlockIsAnObjectOfTypeCustom() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(CustomNodeCodingTests.block)) as? [String: Any])
        #expect(object["type"] as? String == "custom" && object["kind"] as? String == "sanctions-box")
        #expect(object["attributes"] as? [String: String] == ["regime": "Yemen", "committee": "2140"])
        #expect((object["source"] as? [String: Int]) == ["line": 3, "lastLine": 5])
        let paragraph = try #require((object["blocks"] as? [[String: Any]])?.first)
        let span = try #require((paragraph["content"] as? [[String: Any]])?.last)
        #expect(span["type"] as? String == "custom" && span["kind"] as? String == "gloss" && span["attributes"] as? [String: String] == ["lang": "fr"])
        #expect((span["children"] as? [[String: String]]) == [["type": "text", "text": "le comité"]])
    }

    @Test func roundTripsAndReadsWithoutAttributes() throws {
        #expect(try JSONDecoder().decode(Block.self, from: try JSONEncoder().encode(CustomNodeCodingTests.block)) == CustomNodeCodingTests.block)
        let bare = #"{"type": "custom", "kind": "x", "children": [{"type": "text", "text": "t"}]}"#
        #expect(try JSONDecoder().decode(Inline.self, from: Data(bare.utf8)) == .custom(CustomInline(kind: "x", content: [.text("t")])))
        let noBlocks = #"{"type": "custom", "kind": "x", "source": {"line": 1}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Block.self, from: Data(noBlocks.utf8)) }
    }

    @Test func itsTextIsItsContentsText() {
        #expect(CustomNodeCodingTests.block.plainText == "Ask le comité")
        #expect(CustomNodeCodingTests.block.childBlocks.count == 1 && CustomNodeCodingTests.block.inlines.isEmpty)
        let post = Post(metadata: PostMetadata(title: "T"), body: [CustomNodeCodingTests.block, .paragraph(Paragraph(content: [.text("Next.")], range: SourceRange(line: 7)))])
        #expect(post.bodyText == "Ask le comité\n\nNext.")
    }
}
