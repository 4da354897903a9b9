import Foundation
import Testing
import WIBTestSupport

/// The `swift` driver on PATH.
private let swiftDriver: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { URL(fileURLWithPath: String($0)).appendingPathComponent("swift") }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

/// `swift package --allow-writing-to-package-directory wib-export` in each example package, as a
/// user runs it. Each example is copied to a temporary folder, with its dependency on this
/// repository made absolute; builds go to `.build/plugin-tests/` so that reruns are quick.
@Suite(.serialized, .enabled(if: swiftDriver != nil, "no `swift` on PATH: plugin tests skipped"))
struct PluginEndToEndTests {
    /// A copy of `Examples/<name>` that depends on this repository by absolute path.
    private func copy(of name: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let source = TestPaths.repository.appendingPathComponent("Examples/\(name)")
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) where ![".build", "Briefings", ".swiftpm", "Package.resolved"].contains(item) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
        }
        let manifest = folder.url.appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try #require(text.contains("path: \"../..\""))
        try text.replacingOccurrences(of: "path: \"../..\"", with: "path: \"\(TestPaths.repository.path)\"").write(to: manifest, atomically: true, encoding: .utf8)
        return folder
    }

    /// Runs the plugin in `folder`.
    private func export(_ folder: TemporaryFolder, scratch: String, _ arguments: [String] = []) throws -> WibProcess.Result {
        let scratchPath = TestPaths.repository.appendingPathComponent(".build/plugin-tests/\(scratch)").path
        return try WibProcess.run(["package", "--scratch-path", scratchPath, "--allow-writing-to-package-directory", "wib-export"] + arguments,
                                  in: folder.url, timeout: 900, program: try #require(swiftDriver))
    }

    @Test func briefingPackWritesThePack() throws {
        let folder = try copy(of: "BriefingPack")
        let result = try export(folder, scratch: "BriefingPack")
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(folder.files().filter { $0.hasPrefix("Briefings/") } == [
            "Briefings/json/2025-02-11-yemen-briefing.json", "Briefings/json/2025-07-10-yemen-unmha-renewal.json",
            "Briefings/json/2025-11-13-yemen-sanctions-renewal.json", "Briefings/yemen-2025.md",
        ])
        #expect(result.stdout.contains("wib-export: wrote \(folder.url.path)/Briefings/yemen-2025.md"))
        let pack = try String(contentsOf: folder.url.appendingPathComponent("Briefings/yemen-2025.md"), encoding: .utf8)
        #expect(pack.contains("# Yemen in 2025: briefings and votes\n"))
        #expect(pack.contains("### Yemen: Vote on Sanctions Renewal\n"))
        #expect(!pack.contains("Yemen: Consultations"), "the external filter dropped the consultations")
        #expect(!pack.contains("#### Background"), "drop-sections dropped the background")
        #expect(pack.contains("#### Key Issues and Options"))
        #expect(pack.contains("[resolution 2140 (2014)](https://undocs.org/S/RES/2140\\(2014\\))"))
    }

    @Test func customTransformerRunsThroughThePackagesOwnTool() throws {
        let folder = try copy(of: "CustomTransformer")
        let result = try export(folder, scratch: "CustomTransformer")
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("wib-export: running wib-sanctions run --config wib.yml"))
        let pack = try String(contentsOf: folder.url.appendingPathComponent("Briefings/sanctions.md"), encoding: .utf8)
        #expect(pack.contains("**Tags:** Libya, Sanctions, regime: 1970 Libya sanctions"))
        #expect(pack.contains("**Tags:** DPRK (North Korea), Non-proliferation, regime: 1718 DPRK sanctions"))
        #expect(!pack.contains("Women, Peace and Security"), "only: true dropped the post that names no regime")
        let post = try String(contentsOf: folder.url.appendingPathComponent("Briefings/2025-06-24-dprk-consultations.md"), encoding: .utf8)
        #expect(post.contains("- 'regime: 1718 DPRK sanctions'"))
    }

    /// The example's options are declared with `@Option`: the package's own tool lists them with
    /// their types and defaults, and a bad value fails with the file's line and a suggestion.
    @Test func customTransformerOptionsAreCheckedAndListed() throws {
        let folder = try copy(of: "CustomTransformer")
        try folder.write("wib.yml", "inputs: [Posts]\noutput: Briefings\npipeline:\n  - annotate\n  - tag-sanctions:\n      only: true\n      evidence: comittees\n  - export: markdown\n")
        let result = try export(folder, scratch: "CustomTransformer")
        #expect(result.status != 0)
        let shown = result.stdout + result.stderr
        #expect(shown.contains("wib.yml:7: error: 'tag-sanctions' option 'evidence': 'comittees' is not one of: resolutions, committees, both (did you mean 'committees'?)"), "\(shown)")
        #expect(!folder.files().contains { $0.hasPrefix("Briefings/") })
        let tool = TestPaths.repository.appendingPathComponent(".build/plugin-tests/CustomTransformer/debug/wib-sanctions")
        let listing = try WibProcess.run(["transformers"], program: tool)
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stdout.contains("\ntag-sanctions\n    Tags posts with the sanctions regimes they mention (run annotate first).\n"
                                        + "    prefix: text (default: regime)\n        Put before each tag, as in \"regime: 2140 Yemen sanctions\".\n"
                                        + "    only: true or false (default: false)\n        Keep only the posts that mention a regime.\n"
                                        + "    evidence: one of: resolutions, committees, both (default: both)\n"), "\(listing.stdout)")
    }

    @Test func anUnknownTransformerFailsThroughThePluginAndWritesNothing() throws {
        let folder = try copy(of: "BriefingPack")
        try folder.write("wib.yml", "inputs: [Posts]\noutput: Briefings\npipeline:\n  - annotate\n  - tag-sanctions\n  - export: {format: pack}\n")
        let result = try export(folder, scratch: "BriefingPack")
        #expect(result.status != 0)
        // SwiftPM shows what the plugin's tool prints on standard error among the plugin's output.
        let shown = result.stdout + result.stderr
        #expect(shown.contains("wib.yml:5: error: unknown transformer 'tag-sanctions'; the transformers are: annotate, filter"))
        #expect(shown.contains("error: wib-export: the pipeline failed (exit status 1); nothing was written"))
        #expect(!folder.files().contains { $0.hasPrefix("Briefings/") })
    }

    /// The failure of swift-docc-plugin's `--output-path .`, which deleted a user's repository,
    /// never happens here: writing into the package's own folder adds files and touches no other.
    @Test func outputIntoThePackagesOwnFolderLosesNothing() throws {
        let folder = try copy(of: "BriefingPack")
        let before = Dictionary(uniqueKeysWithValues: folder.files().map { ($0, FileManager.default.contents(atPath: folder.url.appendingPathComponent($0).path)) })
        let result = try export(folder, scratch: "BriefingPack", ["--output", "."])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        for (path, bytes) in before {
            #expect(FileManager.default.contents(atPath: folder.url.appendingPathComponent(path).path) == bytes, "\(path) is as it was")
        }
        #expect(Set(folder.files()).subtracting(before.keys).subtracting(["Package.resolved"]).sorted() == [
            "json/2025-02-11-yemen-briefing.json", "json/2025-07-10-yemen-unmha-renewal.json",
            "json/2025-11-13-yemen-sanctions-renewal.json", "yemen-2025.md",
        ])
        // Run again: the pack and the JSON written into the package are not read as posts.
        let again = try export(folder, scratch: "BriefingPack", ["--output", "."])
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
    }

    @Test func helpIsShownAsHelp() throws {
        let folder = try copy(of: "BriefingPack")
        let result = try export(folder, scratch: "BriefingPack", ["--help"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("USAGE: swift package --allow-writing-to-package-directory wib-export"))
        #expect(result.stdout.contains("--exclude <glob>"), "wib run's options follow")
        #expect(!result.stdout.contains("wrote"))
        #expect(!folder.files().contains { $0.hasPrefix("Briefings/") })
    }
}
