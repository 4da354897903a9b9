import Foundation
import Testing
import WIBTestSupport

/// `wib run` and `wib transformers`, as a user runs them: in a project folder with a wib.yml.
@Suite struct RunEndToEndTests {
    /// A project folder with the example posts under Posts/ and `yaml` as wib.yml.
    private func project(_ yaml: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for url in TestPaths.posts(in: TestPaths.examplePosts) {
            try folder.write("Posts/\(url.lastPathComponent)", String(contentsOf: url, encoding: .utf8))
        }
        try folder.write("wib.yml", yaml)
        return folder
    }

    private func outputs(of folder: TemporaryFolder) -> [String] {
        folder.files().filter { $0.hasPrefix("Out/") }
    }

    @Test func runsThePipelineFileInTheCurrentFolder() throws {
        let folder = try project("""
            inputs: [Posts]
            output: Out
            pipeline:
              - strip-boilerplate
              - annotate
              - filter: {since: 2025-01-01, until: 2025-12-31}
              - export: {format: pack, file: 2025.md, title: "2025"}
              - export: {format: html, folder: pages}
            """)
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = ["Out/2025.md", "Out/pages/2024-12-30-haiti-mandate-renewal.html", "Out/pages/2025-03-12-sudan-open-briefing.html",
                        "Out/pages/2025-05-07-myanmar-briefing-print.html", "Out/pages/2025-08-20-annual-report-adoption.html"]
        #expect(outputs(of: folder) == expected)
        #expect(result.stdout.split(separator: "\n").map(String.init).sorted() == expected)
        #expect(result.stderr.contains("wib: 7 posts read, 4 kept, 5 files written"))
        let pack = try String(contentsOf: folder.url.appendingPathComponent("Out/2025.md"), encoding: .utf8)
        #expect(pack.contains("*4 posts, 4 meetings; from 2 Jan 2025 to 20 Aug 2025. Filter: since 2025-01-01; until 2025-12-31.*"))

        let again = try WibProcess.run(["run"], in: folder.url)
        #expect(again.status == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("Out/2025.md"), encoding: .utf8) == pack, "the same input gives the same bytes")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is needed for the external filter"))
    func anExternalFilterWrittenInPython() throws {
        let folder = try project("""
            inputs: [Posts]
            output: Out
            pipeline:
              - annotate
              - exec: [python3, tools/requested_by.py, GBR]
              - export: json
            """)
        try folder.write("tools/requested_by.py", """
            import json, sys
            corpus = json.load(sys.stdin)
            corpus["posts"] = [p for p in corpus["posts"] if sys.argv[1] in p["meeting"]["requestedBy"]]
            for post in corpus["posts"]:
                post["tags"] = post["tags"] + ["requested-by-" + sys.argv[1]]
            json.dump(corpus, sys.stdout)
            """)
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(outputs(of: folder) == ["Out/2025-03-12-sudan-open-briefing.json"])
        let data = try Data(contentsOf: folder.url.appendingPathComponent("Out/2025-03-12-sudan-open-briefing.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(json?["tags"] as? [String] == ["requested-by-GBR"])
        let schema = TestPaths.repository.appendingPathComponent("Sources/WIBExporters/JSON/post.schema.json")
        #expect(try JSONSchemaValidator(schema: Data(contentsOf: schema)).errors(in: data) == [])
    }

    @Test func aFailingStepWritesNothing() throws {
        let folder = try project("""
            inputs: [Posts]
            output: Out
            pipeline:
              - export: markdown
              - exec: {command: [sh, -c, "cat > /dev/null; echo 'regime table missing' >&2; exit 2"]}
            """)
        let result = try WibProcess.run(["run"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("wib.yml:5: error: step 'exec': `sh -c cat > /dev/null; echo 'regime table missing' >&2; exit 2` failed with exit status 2; its standard error:\nregime table missing"))
        #expect(result.stderr.contains("wib: the run failed; nothing was written"))
        #expect(outputs(of: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Out").path))
    }

    @Test func anUnknownTransformerIsAClearErrorAndWritesNothing() throws {
        let folder = try project("inputs: [Posts]\noutput: Out\npipeline:\n  - annotate\n  - tag-sanctions\n  - export: markdown\n")
        let result = try WibProcess.run(["run", "--config", "wib.yml"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "wib.yml:5: error: unknown transformer 'tag-sanctions'; the transformers are: annotate, filter, strip-boilerplate, drop-sections, exec, export\n")
        #expect(outputs(of: folder).isEmpty)
    }

    @Test func argumentsReplaceTheFilesInputsAndOutput() throws {
        let folder = try project("inputs: [Nowhere]\noutput: Out\npipeline: [export]\n")
        let post = TestPaths.examplePosts.appendingPathComponent("2025-03-12-sudan-open-briefing.txt").path
        let result = try WibProcess.run(["run", "--output", "Elsewhere", post], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files().contains("Elsewhere/2025-03-12-sudan-open-briefing.md"))
        let missing = try WibProcess.run(["run", "--config", "nope.yml"], in: folder.url)
        #expect(missing.status == 2, "a usage error")
        #expect(missing.stderr.hasPrefix("Error: no pipeline file nope.yml\nUsage: wib run "), "no line number: there is no file")
    }

    @Test func transformersListsEveryTransformerWithItsOptions() throws {
        let result = try WibProcess.run(["transformers"])
        #expect(result.status == 0)
        for name in ["annotate", "filter", "strip-boilerplate", "drop-sections", "exec", "export"] {
            #expect(result.stdout.contains("\n\(name)\n") || result.stdout.hasPrefix("\(name)\n"), "\(name)")
        }
        for option in ["    annotators: list of one of: quotations, documents, ", "    country: ISO 3166-1 alpha-3 code (PRK)\n",
                       "    since: date (YYYY-MM-DD)\n", "    timeout: number (default: 60)\n        How many seconds",
                       "    format: one of: markdown, json, html, latex, man, text, pack, corpus (default: markdown)\n", "    headings: list of text\n",
                       "    countryRole: one of: any, requester, briefer (default: any)\n", "    Shorthand: - exec: VALUE sets 'command'."] {
            #expect(result.stdout.contains(option), "\(option)")
        }
    }
}
