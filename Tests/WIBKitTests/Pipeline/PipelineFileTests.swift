import Testing
import WIBKit

@Suite struct PipelineFileTests {
    @Test func readsTheContractsExample() throws {
        let file = try PipelineFile(yaml: """
            inputs: [Posts]                       # files or directories
            output: Briefings
            pipeline:
              - annotate
              - filter: {agenda: "Non-proliferation/DPRK", country: PRK, since: 2024-01-01, until: 2024-12-31, format: briefing, text: "arms"}
              - exec: [python3, tools/my_filter.py]
              - export: {format: markdown}
              - export: {format: pack, file: dprk.md, title: "DPRK: arms transfers"}
            """, path: "Examples/Pack/wib.yml")
        #expect(file.inputs == ["Posts"])
        #expect(file.output == "Briefings")
        #expect(file.steps.map(\.name) == ["annotate", "filter", "exec", "export", "export"])
        #expect(file.steps.map(\.line) == [4, 5, 6, 7, 8])
        #expect(file.resolve("Posts") == "Examples/Pack/Posts")
        #expect(file.resolve("/data/posts") == "/data/posts")
        let pipeline = try file.pipeline()
        #expect(pipeline.names == ["annotate", "filter", "exec", "export", "export"])
        let filter = try #require(pipeline.stages[1].transformer as? Filter)
        #expect(filter.country == "PRK" && filter.since == CalendarDate(iso: "2024-01-01") && filter.text == "arms")
        let exec = try #require(pipeline.stages[2].transformer as? Exec)
        #expect(exec.command == ["python3", "tools/my_filter.py"] && exec.timeout == 60)
    }

    @Test func theKindAndEncodingOfInputsGoToTheReader() throws {
        let file = try PipelineFile(yaml: "inputs: [Notes]\nfrom: Markdown\nencoding: CP1252\npipeline: [annotate]\n", path: "wib.yml")
        #expect(file.reader.kind == .markdown && file.reader.encoding == .windows1252)
        #expect(try PipelineRun(file: file).reader.kind == .markdown)
        let plain = try PipelineFile(yaml: "pipeline: [annotate]\n", path: "wib.yml")
        #expect(plain.reader.kind == nil && plain.reader.encoding == .utf8)
    }

    @Test func anEmptyValueIsABareName() throws {
        let file = try PipelineFile(yaml: "pipeline:\n  - annotate:\n  - strip-boilerplate: ~\n", path: "wib.yml")
        #expect(file.steps == [PipelineStep(name: "annotate", line: 2), PipelineStep(name: "strip-boilerplate", line: 3)])
        #expect(try file.pipeline().names == ["annotate", "strip-boilerplate"])
    }

    @Test(arguments: [
        ("pipeline: [annotate", "wib.yml:2: error: not valid YAML:"),
        ("inputz: [Posts]\npipeline: [annotate]", "wib.yml:1: error: unknown key 'inputz'; the keys are: inputs, exclude, output, from, encoding, pipeline"),
        ("inputs: [Posts]", "wib.yml:1: error: the file has no 'pipeline' list of steps"),
        ("pipeline: annotate", "wib.yml:1: error: 'pipeline' is a list of steps"),
        ("pipeline: []", "wib.yml:1: error: the pipeline has no steps"),
        ("pipeline:\n  - filter: {text: a}\n    export: markdown", "wib.yml:2: error: a step names one transformer, as `- name: options`; this one names filter, export"),
        ("- annotate", "wib.yml:1: error: a pipeline file is a mapping"),
        ("", "wib.yml:1: error: a pipeline file is a mapping with the keys inputs, exclude, output, from, encoding, pipeline; this one is empty"),
        ("pipeline: [annotate]\npipeline: [export]", "wib.yml:2: error: 'pipeline' is given twice"),
        ("pipeline:\n  - filter:\n      text: a\n      text: b", "wib.yml:4: error: 'text' is given twice"),
        ("from: docx\npipeline: [annotate]", "wib.yml:1: error: 'from' is the kind every input is read as: text, html, feed, markdown, json"),
        ("encoding: [cp1252]\npipeline: [annotate]", "wib.yml:1: error: 'encoding' is the encoding of inputs that are not UTF-8: utf-8, utf-16, utf-16le, utf-16be, windows-1252, latin-1"),
    ])
    func badFilesNameTheLine(_ yaml: String, _ expected: String) {
        let error = #expect(throws: Diagnostic.self) { try PipelineFile(yaml: yaml, path: "wib.yml") }
        #expect(error?.description.hasPrefix(expected) == true, "\(error?.description ?? "")")
    }

    @Test func stepErrorsNameTheOptionsLine() throws {
        let file = try PipelineFile(yaml: """
            pipeline:
              - annotate: [states]
              - filter:
                  country: PRK
                  since: 2024-31-01
            """, path: "wib.yml")
        let error = #expect(throws: Diagnostic.self) { try file.pipeline() }
        #expect(error?.description == "wib.yml:5: error: 'filter' option 'since': '2024-31-01' is not a date; write YYYY-MM-DD")
    }

    @Test func aMissingFileSaysSo() {
        let error = #expect(throws: Diagnostic.self) { try PipelineFile.load("/nonexistent/wib.yml") }
        #expect(error?.description.hasPrefix("error: no pipeline file /nonexistent/wib.yml;") == true, "no line number: there is no file")
    }
}
