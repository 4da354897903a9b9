import Testing
import WIBCore
@testable import WIBExporters

/// How a pack names states and people.
@Suite struct PackNamesTests {
    private func mention(_ code: String, _ text: String) -> Block {
        .paragraph(Paragraph(content: [.annotated(Entity(kind: .memberState, id: code), [.text(text)]), .text(".")], range: SourceRange(line: 3)))
    }

    @Test func aStateIsCalledWhatThePostsCallItMostOften() {
        let post = Post(metadata: PostMetadata(title: "T"), body: [
            mention("KOR", "Republic of Korea (ROK)"), mention("KOR", "ROK"), mention("RUS", "Russian Federation"), mention("RUS", "Russia"),
            mention("RUS", "Russia"), mention("GBR", "United\u{A0}Kingdom"),
        ])
        let names = PackStateNames(posts: [post])
        #expect(names.name(of: "KOR") == "ROK", "the abbreviation a post introduces is the one it uses")
        #expect(names.name(of: "RUS") == "Russia")
        #expect(names.name(of: "GBR") == "United Kingdom", "the posts' own words, white space folded")
        #expect(names.name(of: "USA") == "US" && names.name(of: "PRK") == "DPRK" && names.name(of: "FRA") == "France", "unmentioned: the usual short name")
        #expect(names.name(of: "XXX") == "XXX")
        #expect(names.list(["FRA", "KOR", "GBR", "USA"]) == "France, the ROK, the United Kingdom and the US")
        #expect(PackStateNames.fullName(of: "KOR") == "Republic of Korea")
    }

    @Test(arguments: [("UK", true), ("DPRK", true), ("Netherlands", true), ("Solomon Islands", true), ("Central African Republic", true),
                      ("Russia", false), ("BiH", false), ("Sudan", false), ("Côte d’Ivoire", false)])
    func theArticleGoesWhereEnglishPutsIt(_ name: String, _ takes: Bool) {
        #expect(PackStateNames.takesArticle(name) == takes)
    }

    @Test(arguments: [
        ("Izumi Nakamitsu", ["Nakamitsu"], "Nakamitsu, Izumi"),
        ("Miroslav Jenča", ["Jenca"], "Jenča, Miroslav"),
        ("Yoon Suk Yeol", ["Yoon"], "Yoon Suk Yeol"),
        ("Kim Jong-un", [], "Kim Jong-un"),
        ("Pieter van der Berg", [], "van der Berg, Pieter"),
        ("Ismail Ould Cheikh Ahmed", [], "Ould Cheikh Ahmed, Ismail"),
        ("Lena Harjo", ["Professor Lena Harjo"], "Harjo, Lena"),
        ("Madonna", [], "Madonna"),
    ])
    func peopleAreIndexedBySurname(_ name: String, _ mentions: [String], _ indexed: String) {
        #expect(PackPersonName(name, mentions: mentions).indexed == indexed)
    }

    @Test func surnamesSortWithoutTheirParticlesOrAccents() {
        let names = ["Layla al-Hashimi", "Pieter van der Berg", "Miroslav Jenča", "Hans Grundberg", "Ana Jimenez"]
        let sorted = names.map { PackPersonName($0, mentions: []) }.sorted { $0.sortKey < $1.sortKey }.map(\.name)
        #expect(sorted == ["Pieter van der Berg", "Hans Grundberg", "Layla al-Hashimi", "Miroslav Jenča", "Ana Jimenez"])
    }
}
