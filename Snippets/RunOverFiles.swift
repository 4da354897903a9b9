// Run a pipeline over files, as `wib run` does: read every input, apply the steps, then write
// every file at once, or none. Run it from the repository's folder.
import Foundation
import WIBKit

let pipeline = Pipeline {
    StripBoilerplate()
    Annotate()
    Filter(since: CalendarDate(iso: "2025-01-01"))
    Export(packFile: "since-2025.md", title: "The Council since 2025")
}
let output = FileManager.default.temporaryDirectory.appendingPathComponent("wib-snippet-\(UUID().uuidString)")
let run = PipelineRun(inputs: ["Examples/posts"], output: output.path, pipeline: pipeline)
let outcome = await run.run()
for diagnostic in outcome.diagnostics { print(diagnostic) }  // PATH:LINE: warning: …
print("\(outcome.postsRead) posts read, \(outcome.postsKept) kept; wrote", outcome.written.map { ($0 as NSString).lastPathComponent })
try? FileManager.default.removeItem(at: output)
