import Testing
import WIBKit

/// The built-in transformers' options, as a pipeline file gives them.
@Suite struct BuiltInOptionsTests {
    private func make(_ yaml: String) throws(Diagnostic) -> any Transformer {
        let file = try PipelineFile(yaml: "pipeline:\n  - \(yaml)\n", path: "wib.yml")
        return try TransformerRegistry.standard.make(file.steps[0], path: "wib.yml")
    }

    private func error(_ yaml: String) -> String? {
        do throws(Diagnostic) {
            _ = try make(yaml)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func everyBuiltInRegistersWithAShorthandThatIsOneOfItsOptions() throws {
        var registry = TransformerRegistry()
        for type in TransformerRegistry.standard.types { try registry.register(type) }
        #expect(TransformerRegistry.standard.types.map { $0.shorthandOption?.name } == ["annotators", nil, nil, "headings", "command", "format"])
    }

    @Test func filterReadsEveryCriterion() throws {
        let filter = try #require(try make("filter: {agenda: Sudan, country: gbr, countryRole: requester, since: 2025-01-01, until: 2025-12-31, format: briefing, text: Fasher}") as? Filter)
        #expect(filter.description == "agenda “Sudan”; country GBR (requester); since 2025-01-01; until 2025-12-31; format “briefing”; text “Fasher”")
    }

    @Test func aCountryRoleNeedsACountry() {
        #expect(error("filter: {countryRole: any}") == "wib.yml:2: error: 'filter' option 'countryRole': 'countryRole' needs a 'country'")
        #expect(error("filter: {contry: PRK}")?.contains("unknown option 'contry' for 'filter' (did you mean 'country'?)") == true)
        #expect(error("filter: {countryRole: requestor, country: PRK}") == "wib.yml:2: error: 'filter' option 'countryRole': 'requestor' is not one of: any, requester, briefer (did you mean 'requester'?)")
    }

    @Test func annotateTakesTheAnnotatorsNames() throws {
        let some = try #require(try make("annotate: [states, quotations]") as? Annotate)
        #expect(some.running.map { type(of: $0).name } == ["quotations", "states"], "in their fixed order")
        let all = try #require(try make("annotate") as? Annotate)
        #expect(all.running.count == StandardAnnotators.all.count)
        #expect(error("annotate: [state]")?.hasSuffix("'annotate' option 'annotators': 'state' is not one of: quotations, documents, resolutions, cross-references, dates, people, organisations, groups, states, votes, meeting (did you mean 'states'?)") == true)
    }

    @Test func dropSectionsNeedsHeadings() throws {
        #expect(try #require(try make("drop-sections: Background") as? DropSections).headings == ["Background"])
        #expect(error("drop-sections: []") == "wib.yml:2: error: 'drop-sections': name the headings of the sections to drop, as drop-sections: [Background]")
    }

    @Test func execNeedsAProgramAndAPositiveTimeLimit() throws {
        let exec = try #require(try make("exec: {command: [python3, f.py], timeout: 2.5}") as? Exec)
        #expect(exec.command == ["python3", "f.py"] && exec.timeout == 2.5)
        #expect(try #require(try make("exec: [cat]") as? Exec).timeout == 60)
        #expect(error("exec: {timeout: 5}") == "wib.yml:2: error: 'exec' option 'command': name the program to run, as exec: [python3, tools/filter.py]")
        #expect(error("exec: {command: [cat], timeout: -1}") == "wib.yml:2: error: 'exec' option 'timeout': '-1' is not a positive number of seconds")
        #expect(error("exec: {command: [cat], timeout: soon}") == "wib.yml:2: error: 'exec' option 'timeout': 'soon' is not a number")
    }

    @Test func exportReadsItsFormatAndPackOptions() throws {
        let json = try #require(try make("export: json") as? Export)
        #expect(json.format == .posts(.json) && json.folder == nil)
        let pack = try #require(try make("export: {format: pack, file: p.html, title: T, posts: false, links: false}") as? Export)
        #expect(pack.format == .pack && pack.file == "p.html" && pack.title == "T" && !pack.posts && !pack.allowEmpty)
        #expect(!pack.options.linksEntities && pack.options.listsEntities)
        #expect(error("export: {format: docx}")?.hasSuffix("'export' option 'format': 'docx' is not one of: markdown, json, html, latex, man, text, pack, corpus") == true)
    }
}
