import Testing
import WIBMarkup

@Suite struct MarkupParserTests {
    @Test func brokenHTMLIsRecoveredAsABrowserWould() throws {
        let root = try #require(MarkupParser.html("<p>One <b>bold<p>Two &amp; <i>three</i><ul><li>a<li>b</ul>"))
        let paragraphs = root.descendants { $0.name == "p" }
        #expect(paragraphs.map(\.text) == ["One bold", "Two & three"])
        #expect(root.descendants { $0.name == "li" }.map(\.text) == ["a", "b"])
    }

    @Test func scriptsAreElementsWhoseTextIsNotMarkup() throws {
        let root = try #require(MarkupParser.html("<body><script>if (1 < 2) { x = '<p>no</p>' }</script><p>yes</p></body>"))
        #expect(root.descendants { $0.name == "p" }.map(\.text) == ["yes"])
        #expect(root.first(named: "script")?.text.contains("1 < 2") == true)
    }

    @Test func attributesClassesAndLines() throws {
        let root = try #require(MarkupParser.html("<html>\n<body>\n<div class=\"entry-content  wide\" id=main>\n<a href=\"/x?a=1&amp;b=2\">x</a></div>"))
        let div = try #require(root.first(named: "div"))
        #expect(div.classes == ["entry-content", "wide"])
        #expect(div.attributes["id"] == "main")
        #expect(div.line == 3)
        #expect(div.first(named: "a")?.attributes["href"] == "/x?a=1&b=2")
    }

    @Test func deepNestingKeepsItsTextWithoutExhaustingTheStack() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        let root = try #require(MarkupParser.html(html))
        #expect(root.text.contains("deep"))
    }

    @Test func feedsWithNamespacesAndCDATA() throws {
        let xml = """
            <?xml version="1.0"?>
            <rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
            <title>A &amp; B</title><content:encoded><![CDATA[<p>Hello <b>there</b></p>]]></content:encoded>
            </item></channel></rss>
            """
        let root = try #require(MarkupParser.xml(xml))
        let item = try #require(root.first(named: "item"))
        #expect(item.first(named: "title")?.text == "A & B")
        let encoded = try #require(item.elements.first { $0.name == "encoded" })
        #expect(encoded.prefix == "content")
        #expect(encoded.text == "<p>Hello <b>there</b></p>")
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><x>[&secret;]</x>"
        let root = try #require(MarkupParser.xml(xml))
        #expect(root.text == "[]")
    }

    @Test func nothingToParseIsNil() {
        #expect(MarkupParser.xml("") == nil)
        #expect(MarkupParser.xml("not xml at all") == nil)
    }
}
