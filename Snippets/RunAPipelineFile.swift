// Read a pipeline file (wib.yml) and run its steps on posts in memory; nothing is written.
import WIBKit

let yaml = """
    inputs: [Posts]
    output: Briefings
    pipeline:
      - annotate
      - filter: {country: NER, since: 2025-01-01}
      - export: {format: json, folder: json}
      - export: {format: pack, file: niger.md, title: "Niger in 2025"}
    """

let posts = [
    ("Posts/2024-11-04-niger.txt", """
        Posted Mon 4 Nov 2024

        West Africa and the Sahel: Briefing

        This afternoon (4 November), the Security Council will hold a briefing on West Africa and the Sahel. The situation in Niger is likely to be raised.
        """),
    ("Posts/2025-05-12-niger.txt", """
        Posted Mon 12 May 2025

        West Africa and the Sahel: Consultations

        Tomorrow morning (13 May), Council members will hold consultations on West Africa and the Sahel, at the request of Niger’s neighbours Benin and Nigeria.
        """),
]

do {
    let file = try PipelineFile(yaml: yaml, path: "wib.yml")
    print("inputs:", file.inputs, "output:", file.output ?? "none")
    for step in file.steps { print("wib.yml:\(step.line ?? 0): \(step.name)") }

    let corpus = Corpus(posts: try posts.flatMap { path, text in try PostReader().read(SourceText(text: text, path: path)) })
    let context = TransformContext()
    let kept = try await file.pipeline().run(corpus, in: context)
    print("kept:", kept.posts.map { $0.metadata.posted.map { "\($0)" } ?? "undated" })
    print("would write:", context.artifacts.map(\.relativePath))
} catch {
    print(error)  // wib.yml:LINE: error: …
}

// A mistake is an error that names the file, the line and what is accepted.
do {
    _ = try PipelineFile(yaml: "pipeline:\n  - annotate\n  - filtr: {country: NER}\n", path: "wib.yml").pipeline()
} catch {
    print(error)
}
