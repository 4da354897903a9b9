import Foundation
import WIBKit

// wib-bench: wib's throughput against cmark-gfm and pandoc on the same generated corpora.
//
//     swift build -c release && swift run -c release wib-bench [POSTS…]
//
// POSTS are corpus sizes (default: 4000 10000). Each corpus is the example posts again and
// again, each copy with its own posted day. Everything runs on this machine, in one run.

let arguments = Array(CommandLine.arguments.dropFirst())
let sizes = arguments.compactMap { Int($0) }.isEmpty ? [4000, 10000] : arguments.compactMap { Int($0) }
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let repository = here.deletingLastPathComponent().deletingLastPathComponent()
let wib = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wib").path
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("wib-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: workspace) }
let pandocSlice = 200

func row(_ cells: [String]) -> String {
    zip(cells, [34, 10, 10, 11, 10]).map { cell, width in cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) }.joined(separator: " ")
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

func show(_ measurement: Measurement) {
    print(row([measurement.name, format(measurement.seconds, 2), format(measurement.megabytesPerSecond, 2), format(measurement.postsPerSecond, 0),
               measurement.peakMB.map { format($0, 0) } ?? "–"]))
}

do {
    guard FileManager.default.isExecutableFile(atPath: wib) else {
        throw Measurement.BenchmarkError(message: "no wib beside wib-bench at \(wib): run `swift build -c release` first")
    }
    let generator = try CorpusGenerator(examplesFolder: repository.appendingPathComponent("Examples/posts"))
    print("wib-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores; \(wib)")
    var convertTimes: [Int: Double] = [:]
    var packTimes: [Int: Double] = [:]
    var results: [String] = []
    for size in sizes {
        let corpus = workspace.appendingPathComponent("posts-\(size)")
        let bytes = try generator.write(size, into: corpus)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().map { corpus.appendingPathComponent($0) }
        print("\n\(size) posts, \(format(Double(bytes) / 1_048_576)) MB of text")
        print(row(["step", "seconds", "MB/s", "posts/s", "peak MB"]))

        // In this process, one core: where the time goes.
        var posts: [Post] = []
        show(try Measurement.time("read (1 core)", bytes: bytes, posts: size) {
            posts = try files.map { try PostReader().read(bytes: Array(try Data(contentsOf: $0)), path: $0.path)[0] }
        })
        var annotated = posts
        let annotation = Measurement.median("annotate (1 core, median of 5)", bytes: bytes, posts: size) {
            annotated = posts.map { StandardAnnotators.annotate($0) }
        }
        show(annotation)
        print("annotation: \(format(annotation.megabytesPerSecond, 1)) MB/s of post text on one core (target ≥ 10 MB/s)")
        // Where annotation's time goes: the shared document (flattening, tokens, lexicon), then each finder on it.
        var documents: [AnnotationDocument] = []
        show(Measurement.time("  tokens and lexicon", bytes: bytes, posts: size) {
            documents = posts.map { post in
                var texts: [(text: String, line: Int, kind: TextBlockKind)] = []
                _ = TextRuns.map(post.body) { inlines, line, kind in texts.append((inlines.plainText, line, kind)); return inlines }
                return AnnotationDocument(metadata: post.metadata, texts: texts)
            }
        })
        for annotator in StandardAnnotators.all {
            guard let finder = annotator as? any EntityFinder else { continue }
            show(Measurement.time("  \(type(of: finder).name)", bytes: bytes, posts: size) { for document in documents { _ = finder.spans(in: document) } })
        }
        show(Measurement.time("  engine with no finder", bytes: bytes, posts: size) { _ = posts.map { AnnotationEngine(finders: []).annotate($0) } })
        show(Measurement.time("  meeting (its finders too)", bytes: bytes, posts: size) { _ = posts.map { MeetingAnnotator().annotate($0) } })
        var markdown: [String] = []
        show(try Measurement.time("render Markdown (1 core)", bytes: bytes, posts: size) {
            markdown = try annotated.map { try MarkdownExporter().export($0) }
        })

        // The programs, as users run them.
        let output = workspace.appendingPathComponent("out-\(size)")
        if let convert = try Measurement.run("wib convert (all cores)", wib, ["convert", corpus.path, "--output", output.path, "--quiet"], bytes: bytes, posts: size) {
            show(convert)
            convertTimes[size] = convert.seconds
            results.append("\(size): convert \(format(convert.megabytesPerSecond, 2)) MB/s, peak \(format(convert.peakMB ?? 0, 0)) MB")
        }
        if let pack = try Measurement.run("wib pack (all cores)", wib, ["pack", corpus.path, "--output", workspace.appendingPathComponent("pack-\(size).md").path, "--quiet"],
                                          bytes: bytes, posts: size) {
            show(pack)
            packTimes[size] = pack.seconds
        }
        let all = workspace.appendingPathComponent("all-\(size).md")
        try markdown.joined(separator: "\n").write(to: all, atomically: false, encoding: .utf8)
        let markdownBytes = markdown.reduce(0) { $0 + $1.utf8.count }
        let cmark = try Measurement.run("cmark-gfm -t commonmark", "cmark-gfm", ["-e", "table", "-t", "commonmark", all.path], bytes: markdownBytes, posts: size)
        if let cmark { show(cmark) } else { print("cmark-gfm: not installed (apt-get install cmark-gfm)") }
        let slice = workspace.appendingPathComponent("slice-\(size).md")
        let sliceText = markdown.prefix(pandocSlice).joined(separator: "\n")
        try sliceText.write(to: slice, atomically: false, encoding: .utf8)
        let pandoc = try Measurement.run("pandoc -f gfm -t gfm (\(pandocSlice) posts)", "pandoc", ["-f", "gfm", "-t", "gfm", slice.path],
                                         bytes: sliceText.utf8.count, posts: min(pandocSlice, size))
        if let pandoc { show(pandoc) } else { print("pandoc: not installed (apt-get install pandoc)") }

        if let convert = convertTimes[size] {
            let wibRate = Double(bytes) / convert
            if let cmark { print("wib convert ÷ cmark-gfm: \(format(wibRate / (Double(markdownBytes) / cmark.seconds), 3))× (target ≥ 0.5×)") }
            if let pandoc { print("wib convert ÷ pandoc:    \(format(wibRate / (Double(sliceText.utf8.count) / pandoc.seconds), 1))× (target ≥ 30×)") }
        }
    }
    print("")
    for line in results { print(line + " (target: peak < 300 MB for 4,000 posts)") }
    if sizes.count >= 2, let small = sizes.first, let large = sizes.last, let a = convertTimes[small], let b = convertTimes[large] {
        print("convert time per post, \(large) vs \(small) posts: \(format((b / Double(large)) / (a / Double(small)), 2)) (1.00 = linear)")
    }
    if let large = sizes.last, let pack = packTimes[large] {
        print("pack of \(large) posts: \(format(pack, 1)) s (target < 3 s on 2 cores)")
    }
} catch {
    FileHandle.standardError.write(Data("wib-bench: \(error)\n".utf8))
    exit(1)
}
