import Foundation
import WIBKit

// wib-bench: wib's throughput against cmark-gfm and pandoc on the same generated corpora.
//
//     swift build -c release && swift run -c release wib-bench [POSTS…]
//     swift run -c release wib-bench --generate FOLDER POSTS   (only write a corpus)
//
// POSTS are corpus sizes (default: 1000 4000 10000). Each corpus mixes the shared corpus posts
// (when present) and the example posts, each copy on its own day, with its own states and length
// (see CorpusGenerator). Everything runs on this machine, in one run, on the same input.

let arguments = Array(CommandLine.arguments.dropFirst())
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let repository = here.deletingLastPathComponent().deletingLastPathComponent()
let wib = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wib").path
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("wib-bench-\(UUID().uuidString)")
// Everything written is removed at the end, not between runs: ext4 here checks each new file's
// inode against the inodes deleted in the last seconds (perf: `recently_deleted` under
// `ext4_create`), which would bill the benchmark's own clean-up to the next program measured.
defer { try? FileManager.default.removeItem(at: workspace) }
/// How many files pandoc converts one process per file, and how many posts its one concatenated
/// file holds: pandoc runs at well under 1 MB/s, so it runs on a sample and its rate is the
/// sample's.
let pandocFiles = 100
let pandocPosts = 300

func row(_ cells: [String]) -> String {
    zip(cells, [44, 9, 9, 9, 8, 11]).map { cell, width in cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) }.joined(separator: " ")
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

func show(_ measurement: Measurement) {
    print(row([measurement.name, format(measurement.seconds, 2), format(measurement.megabytesPerSecond, 2), format(measurement.postsPerSecond, 0),
               measurement.peakMB.map { format($0, 0) } ?? "–", measurement.cpu.map { "\(format($0.user, 2))+\(format($0.system, 2))" } ?? "–"]))
}

func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }

do {
    let generator = try CorpusGenerator(corpusFolder: repository.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
                                        examplesFolder: repository.appendingPathComponent("Examples/posts"))
    if arguments.first == "--generate" {
        guard arguments.count == 3, let count = Int(arguments[2]) else { throw Measurement.BenchmarkError(message: "usage: wib-bench --generate FOLDER POSTS") }
        let bytes = try generator.write(count, into: URL(fileURLWithPath: arguments[1]))
        print("\(count) posts, \(bytes) bytes, in \(arguments[1])")
        exit(0)
    }
    let sizes = arguments.compactMap { Int($0) }.isEmpty ? [1000, 4000, 10000] : arguments.compactMap { Int($0) }
    guard FileManager.default.isExecutableFile(atPath: wib) else {
        throw Measurement.BenchmarkError(message: "no wib beside wib-bench at \(wib): run `swift build -c release` first")
    }
    print("wib-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores; \(wib)")
    print("posts: \(generator.includesCorpus ? "the shared corpus posts and the" : "the") example posts, each copy with its own day, states and length")
    var converts: [Int: Measurement] = [:]
    var packs: [Int: Measurement] = [:]
    var targets: [String] = []
    for size in sizes {
        let corpus = workspace.appendingPathComponent("posts-\(size)")
        let bytes = try generator.write(size, into: corpus)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().map { corpus.appendingPathComponent($0) }
        print("\n\(size) posts, \(format(Double(bytes) / 1_048_576)) MB of text")
        print(row(["stage", "seconds", "MB/s", "posts/s", "peak MB", "CPU user+sys s"]))

        // In this process, one core: where the time goes, stage by stage.
        var posts: [Post] = []
        show(try Measurement.time("read (1 core)", bytes: bytes, posts: size) {
            posts = try files.map { try PostReader().read(bytes: Array(try Data(contentsOf: $0)), path: $0.path)[0] }
        })
        var annotated = posts
        let annotation = Measurement.median("annotate (1 core, median of 3)", runs: 3, bytes: bytes, posts: size) {
            annotated = posts.map { StandardAnnotators.annotate($0) }
        }
        show(annotation)
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
        documents = []
        show(Measurement.time("  meeting reader (its finders too)", bytes: bytes, posts: size) { _ = posts.map { MeetingAnnotator().annotate($0) } })
        var markdown: [String] = []
        show(try Measurement.time("Markdown: front matter and body (1 core)", bytes: bytes, posts: size) {
            markdown = try annotated.map { try MarkdownExporter().export($0) }
        })
        show(Measurement.time("  body alone: cmark-gfm tree and render", bytes: bytes, posts: size) {
            for post in annotated { _ = MarkdownRenderer().render(post.body, as: .commonMark) }
        })
        show(try Measurement.time("JSON (1 core)", bytes: bytes, posts: size) { for post in annotated { _ = try JSONExporter().export(post) } })
        show(try Measurement.time("pack document, Markdown (all cores)", bytes: bytes, posts: size) {
            var length = 0
            try PackExporter().prepare(annotated).write { length += $0.utf8.count }
        })
        let written = workspace.appendingPathComponent("written-\(size)")
        let artifacts = zip(files, markdown).map { Artifact(relativePath: $0.deletingPathExtension().lastPathComponent + ".md", contents: $1) }
        show(try Measurement.time("write the Markdown files (synced)", bytes: bytes, posts: size) { try ArtifactWriter(directory: written).writeAll(artifacts) })
        posts = []

        // The programs, as users run them.
        let output = workspace.appendingPathComponent("out-\(size)")
        if let convert = try Measurement.run("wib convert --to markdown (all cores)", wib, ["convert", corpus.path, "--output", output.path, "--quiet"],
                                             bytes: bytes, posts: size) {
            show(convert)
            converts[size] = convert
        }
        // The file system's own cost of a file per post, which wib convert pays too.
        let copy = workspace.appendingPathComponent("copy-\(size)")
        if let copied = try Measurement.run("cp -r of the posts (a file per post)", "cp", ["-r", corpus.path, copy.path], bytes: bytes, posts: size) {
            show(copied)
        }
        if let pack = try Measurement.run("wib pack (all cores)", wib, ["pack", corpus.path, "--output", workspace.appendingPathComponent("pack-\(size).md").path, "--quiet"],
                                          bytes: bytes, posts: size) {
            show(pack)
            packs[size] = pack
        }
        let all = workspace.appendingPathComponent("all-\(size).md")
        try markdown.joined(separator: "\n").write(to: all, atomically: false, encoding: .utf8)
        let markdownBytes = markdown.reduce(0) { $0 + $1.utf8.count }
        let cmark = try Measurement.run("cmark-gfm -t commonmark (wib's Markdown)", "cmark-gfm", ["-e", "table", "-t", "commonmark", all.path],
                                        bytes: markdownBytes, posts: size)
        if let cmark { show(cmark) } else { print("cmark-gfm: not installed (apt-get install cmark-gfm)") }

        // pandoc as a user runs it on a folder (a process per file), and on one file of many posts.
        let sample = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".md") }.sorted().prefix(pandocFiles)
            .map { output.appendingPathComponent($0) }
        var perFile: Measurement?
        if Measurement.locate("pandoc") != nil, !sample.isEmpty {
            let sampleBytes = try sample.reduce(0) { $0 + (try Data(contentsOf: $1)).count }
            perFile = try Measurement.time("pandoc -f gfm -t gfm, a process per file (\(sample.count))", bytes: sampleBytes, posts: sample.count) {
                for file in sample { _ = try Measurement.run("", "pandoc", ["-f", "gfm", "-t", "gfm", file.path], bytes: 0, posts: 0) }
            }
            show(perFile!)
        }
        let concatenated = workspace.appendingPathComponent("pandoc-\(size).md")
        let concatenatedText = markdown.prefix(pandocPosts).joined(separator: "\n")
        try concatenatedText.write(to: concatenated, atomically: false, encoding: .utf8)
        let oneFile = try Measurement.run("pandoc -f gfm -t gfm, one file (\(min(pandocPosts, size)) posts)", "pandoc", ["-f", "gfm", "-t", "gfm", concatenated.path],
                                          bytes: concatenatedText.utf8.count, posts: min(pandocPosts, size))
        if let oneFile { show(oneFile) } else { print("pandoc: not installed (apt-get install pandoc)") }

        if let convert = converts[size] {
            if let cmark {
                let ratio = convert.megabytesPerSecond / cmark.megabytesPerSecond
                targets.append("\(size): wib convert ÷ cmark-gfm = \(format(ratio, 3))× (target ≥ 0.5×): \(verdict(ratio >= 0.5))")
            }
            for (name, pandoc) in [("a process per file", perFile), ("one file", oneFile)] {
                guard let pandoc else { continue }
                let ratio = convert.megabytesPerSecond / pandoc.megabytesPerSecond
                targets.append("\(size): wib convert ÷ pandoc (\(name)) = \(format(ratio, 1))× (target ≥ 30×): \(verdict(ratio >= 30))")
            }
        }
    }
    print("")
    for line in targets { print(line) }
    if let large = sizes.max() {
        if let convert = converts[large], let peak = convert.peakMB {
            print("convert of \(large) posts: peak \(format(peak, 0)) MB (target < 300 MB): \(verdict(peak < 300))")
        }
        if let pack = packs[large] {
            print("pack of \(large) posts: \(format(pack.seconds, 2)) s (target < 3 s on 2 cores): \(verdict(pack.seconds < 3)); "
                  + "peak \(format(pack.peakMB ?? 0, 0)) MB (target < 300 MB): \(verdict((pack.peakMB ?? 0) < 300))")
        }
    }
    if let small = sizes.min(), let large = sizes.max(), small != large {
        for (name, runs) in [("convert", converts), ("pack", packs)] {
            guard let a = runs[small], let b = runs[large] else { continue }
            let ratio = (b.seconds / Double(large)) / (a.seconds / Double(small))
            print("\(name): cost per post at \(large) ÷ at \(small) posts = \(format(ratio, 2)) in wall time (target within 10%): \(verdict(abs(ratio - 1) <= 0.1))"
                  + (ratio < 0.9 ? " (cheaper per post at \(large) posts: the run's fixed costs are shared by more posts)" : ""))
            if let cpuA = a.cpu, let cpuB = b.cpu {
                for (kind, seconds) in [("user CPU time (wib's own code)", (cpuA.user, cpuB.user)), ("CPU time, user and system", (cpuA.user + cpuA.system, cpuB.user + cpuB.system))] {
                    let ratio = (seconds.1 / Double(large)) / (seconds.0 / Double(small))
                    print("\(name): cost per post at \(large) ÷ at \(small) posts = \(format(ratio, 2)) in \(kind): \(verdict(abs(ratio - 1) <= 0.1))")
                }
            }
        }
    }
} catch {
    FileHandle.standardError.write(Data("wib-bench: \(error)\n".utf8))
    try? FileManager.default.removeItem(at: workspace)
    exit(1)
}
