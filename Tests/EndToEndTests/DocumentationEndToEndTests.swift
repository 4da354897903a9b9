import Foundation
import Testing
import WIBTestSupport

/// The README and the DocC catalogue say what the code does: their links resolve inside the
/// repository, every snippet they show runs and prints what they say it prints, and the
/// command-line reference lists every option that `wib --help` does.
@Suite struct DocumentationEndToEndTests {
    static let repository = TestPaths.repository
    static let catalogue = repository.appendingPathComponent("Sources/WIBKit/WIBKit.docc")
    static let snippets = repository.appendingPathComponent("Snippets")

    /// The text of a file of the repository.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Every article of the catalogue, by file name.
    static func articles() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: catalogue.path).filter { $0.hasSuffix(".md") }.sorted()
            .map { ($0, try String(contentsOf: catalogue.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The Markdown files whose links are checked: the README and the examples' READMEs.
    static let readmes = ["README.md", "Examples/BriefingPack/README.md", "Examples/CustomTransformer/README.md"]

    @Test(arguments: readmes)
    func everyRelativeLinkResolvesToAFileInTheRepository(_ readme: String) throws {
        let text = try Self.text(readme)
        let folder = Self.repository.appendingPathComponent(readme).deletingLastPathComponent()
        let links = MarkdownLinks(text)
        for target in links.targets where !target.contains("://") && !target.hasPrefix("mailto:") {
            let (path, fragment) = MarkdownLinks.split(target)
            if path.isEmpty {
                #expect(links.anchors.contains(fragment ?? ""), "\(readme): no heading gives the anchor #\(fragment ?? "")")
                continue
            }
            let resolved = folder.appendingPathComponent(path).standardizedFileURL
            #expect(resolved.path.hasPrefix(Self.repository.standardizedFileURL.path + "/"), "\(readme): \(target) points outside the repository")
            #expect(FileManager.default.fileExists(atPath: resolved.path), "\(readme): \(target) names no file in the repository")
        }
    }

    @Test func theReadmeNamesNoPathOutsideTheRepository() throws {
        let text = try Self.text("README.md")
        for line in text.split(separator: "\n") where line.contains("../") {
            Issue.record("README.md names a path outside the repository: \(line)")
        }
    }

    @Test func theReadmeShowsTheSnippetThatReadsAndAnnotatesAPost() throws {
        let snippet = try String(contentsOf: Self.snippets.appendingPathComponent("ReadAndAnnotate.swift"), encoding: .utf8)
        // The snippet without its opening comment (the abstract DocC shows above it).
        let code = snippet.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("//") }.joined(separator: "\n")
        let shown = try Self.text("README.md").contains("```swift\n" + code.trimmingCharacters(in: .newlines) + "\n```")
        #expect(shown, "README.md's Swift example is not Snippets/ReadAndAnnotate.swift")
    }

    @Test func everySnippetIsShownByAnArticle() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.snippets.path).filter { $0.hasSuffix(".swift") }
        let shown = try Self.articles().flatMap { SnippetExample.all(in: $0.text, article: $0.name) }.map(\.name)
        #expect(Set(files.map { String($0.dropLast(".swift".count)) }) == Set(shown))
        #expect(Set(shown).count == shown.count, "a snippet is shown twice")
    }

    @Test func everySnippetRunsAndPrintsWhatItsArticleSays() throws {
        let examples = try Self.articles().flatMap { SnippetExample.all(in: $0.text, article: $0.name) }
        #expect(examples.count >= 6)
        for example in examples {
            let program = WibProcess.executable.deletingLastPathComponent().appendingPathComponent(example.name)
            try #require(FileManager.default.isExecutableFile(atPath: program.path), "\(example.name) was not built")
            let result = try WibProcess.run([], in: Self.repository, program: program)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(example.name): \(result.stderr)")
            #expect(!example.expected.isEmpty, "\(example.article) does not show what \(example.name) prints")
            // The article's lines, in order, with `…` standing for lines left out.
            var output = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)[...]
            for line in example.expected where line != "…" {
                guard let index = output.firstIndex(where: { $0 == line }) else {
                    Issue.record("\(example.article): \(example.name) does not print, or not in this order: \(line)\nIt prints:\n\(result.stdout)")
                    break
                }
                output = output[(index + 1)...]
            }
        }
    }

    @Test func theReferenceListsEveryOptionThatHelpShows() throws {
        let reference = try String(contentsOf: Self.catalogue.appendingPathComponent("CommandLineAndJSONReference.md"), encoding: .utf8)
        let readme = try Self.text("README.md")
        for command in [[], ["convert"], ["pack"], ["run"], ["transformers"]] {
            let help = try WibProcess.run(command + ["--help"])
            #expect(help.status == 0)
            for option in Self.matches(of: #"(?<![\w-])--[a-z][a-z0-9-]*"#, in: help.stdout) {
                let listed = !Self.matches(of: "`\(option)(?![a-z0-9-])", in: reference).isEmpty
                #expect(listed, "the reference does not list wib \(command.joined()) \(option)")
            }
            for flag in Self.matches(of: #"(?<![\w-])-[a-z](?=,)"#, in: help.stdout) {
                let listed = reference.contains("`\(flag)`"), mentioned = readme.contains("`\(flag)`") || readme.contains("`\(flag) ")
                #expect(listed, "the reference does not list wib \(command.joined()) \(flag)")
                #expect(mentioned, "the README does not mention \(flag)")
            }
        }
        let completion = try WibProcess.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("wib"))
        for (name, text) in [("the reference", reference), ("the README", readme)] {
            let mentioned = text.contains("--version") && text.contains("--generate-completion-script bash")
            #expect(mentioned, "\(name) does not mention --version and completions")
        }
    }

    @Test func theReferenceDescribesEveryKeyOfThePostsJSON() throws {
        let result = try WibProcess.run(["convert", TestPaths.examplePosts.appendingPathComponent("2025-03-12-sudan-open-briefing.txt").path, "--to", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let meeting = try #require(json["meeting"] as? [String: Any])
        let reference = try String(contentsOf: Self.catalogue.appendingPathComponent("CommandLineAndJSONReference.md"), encoding: .utf8)
        for key in Array(json.keys) + Array(meeting.keys) {
            let described = reference.contains("`\(key)`")
            #expect(described, "the JSON reference does not describe `\(key)`")
        }
    }

    /// The matches of `pattern` in `text`.
    static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
