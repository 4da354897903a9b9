import Foundation
import Testing
import WIBKit
import WIBTestSupport

@Suite struct PipelineRunTests {
    /// A folder with two example posts and `yaml` as its wib.yml.
    private func project(_ yaml: String) throws -> (TemporaryFolder, PipelineFile) {
        let folder = try TemporaryFolder()
        for name in ["2025-03-12-sudan-open-briefing.txt", "2024-12-30-haiti-mandate-renewal.txt"] {
            try folder.write("Posts/\(name)", String(contentsOf: TestPaths.examplePosts.appendingPathComponent(name), encoding: .utf8))
        }
        let path = try folder.write("wib.yml", yaml)
        return (folder, try PipelineFile.load(path))
    }

    @Test func readsTransformsAndWritesEveryExport() async throws {
        let (folder, file) = try project("""
            inputs: [Posts]
            output: Out
            pipeline:
              - annotate
              - filter: {country: GBR, countryRole: requester}
              - export: {format: json, folder: posts}
              - export: {format: pack, file: pack.md, title: Requested by the UK}
            """)
        let outcome = try await PipelineRun(file: file).run()
        #expect(!outcome.failed, "\(outcome.diagnostics)")
        #expect(outcome.postsRead == 2 && outcome.postsKept == 1)
        #expect(folder.files() == ["Out/pack.md", "Out/posts/2025-03-12-sudan-open-briefing.json", "Posts/2024-12-30-haiti-mandate-renewal.txt",
                                   "Posts/2025-03-12-sudan-open-briefing.txt", "wib.yml"])
        let pack = try String(contentsOf: folder.url.appendingPathComponent("Out/pack.md"), encoding: .utf8)
        #expect(pack.contains("# Requested by the UK\n"))
        #expect(pack.contains("### Sudan: Open Briefing\n"))
        #expect(pack.contains("Filter: country GBR (requester)."))
    }

    @Test func aFailingStepWritesNothingAndLeavesTheOutputFolderAlone() async throws {
        let (folder, file) = try project("""
            inputs: [Posts]
            output: Out
            pipeline:
              - export: markdown
              - exec: [sh, -c, "echo 'filter broke' >&2; exit 4"]
              - export: {format: pack}
            """)
        try folder.write("Out/keep.md", "mine")
        let outcome = try await PipelineRun(file: file).run()
        #expect(outcome.failed)
        #expect(outcome.diagnostics.last?.description.hasPrefix("\(file.path):5: error: step 'exec': `sh -c echo 'filter broke' >&2; exit 4` failed with exit status 4; its standard error:\nfilter broke") == true,
                "\(outcome.diagnostics)")
        #expect(outcome.written.isEmpty)
        #expect(folder.files().filter { $0.hasPrefix("Out/") } == ["Out/keep.md"])
    }

    @Test func aBadInputStopsTheRunBeforeAnyStep() async throws {
        let (folder, file) = try project("inputs: [Posts]\noutput: Out\npipeline: [export]\n")
        try folder.write("Posts/broken.txt", "")
        let outcome = try await PipelineRun(file: file).run()
        #expect(outcome.failed)
        #expect(outcome.diagnostics.contains { $0.path?.hasSuffix("Posts/broken.txt") == true && $0.severity == .error })
        #expect(!folder.files().contains { $0.hasPrefix("Out/") })
    }

    @Test func exportsNeedAnOutputFolder() async throws {
        let (folder, file) = try project("inputs: [Posts]\npipeline: [export]\n")
        let outcome = try await PipelineRun(file: file).run()
        #expect(outcome.diagnostics.last?.message.hasPrefix("the pipeline exports 2 files but names no output folder") == true)
        #expect(folder.files().count == 3)
        let overridden = try await PipelineRun(file: try PipelineFile.load(file.path), output: folder.url.appendingPathComponent("Elsewhere").path).run()
        #expect(overridden.written.count == 2)
    }

    @Test func commandLineInputsReplaceTheFilesInputs() throws {
        let (_, file) = try project("inputs: [Posts]\npipeline: [annotate]\n")
        #expect(try PipelineRun(file: file).inputs == [file.resolve("Posts")])
        #expect(try PipelineRun(file: file, inputs: ["a.txt"]).inputs == ["a.txt"])
        let none = try PipelineFile(yaml: "pipeline: [annotate]", path: "wib.yml")
        #expect(throws: Diagnostic.self) { try PipelineRun(file: none) }
    }
}
