import Foundation
import WIBCore
import Yams

/// A pipeline file, `wib.yml` (<doc:ThePipelineFile>): the inputs, the output folder and the steps.
///
/// ```yaml
/// inputs: [Posts]
/// output: Briefings
/// from: markdown             # optional: read every input as this kind (as `--from`)
/// encoding: windows-1252     # optional: read inputs that are not UTF-8 so (as `--encoding`)
/// pipeline:
///   - annotate
///   - filter: {country: PRK, since: 2024-01-01}
///   - export: {format: pack, file: dprk.md, title: "DPRK: arms transfers"}
/// ```
///
/// Paths in it are relative to the file's folder. Every error names the file and the line.
public struct PipelineFile: Sendable {
    /// The name `wib run` and the plugin look for.
    public static let defaultName = "wib.yml"
    /// The top-level keys.
    public static let keys = ["inputs", "exclude", "output", "from", "encoding", "pipeline"]

    /// The file's path, as given.
    public let path: String
    /// The inputs, relative to the file's folder (or absolute), as written.
    public var inputs: [String]
    /// Patterns of files and folders to leave out of the input folders (``GlobPattern``).
    public var exclude: [GlobPattern]
    /// The output folder, relative to the file's folder, as written.
    public var output: String?
    /// The steps, in order.
    public var steps: [PipelineStep]
    /// The kind every input is read as (`from:`), when given.
    public var from: InputKind?
    /// The encoding of inputs that are not UTF-8 (`encoding:`), when given.
    public var encoding: TextEncoding?

    /// The reader the file describes.
    public var reader: PostReader { PostReader(kind: from, encoding: encoding ?? .utf8) }

    /// The folder that the file's relative paths start from, as a path like the file's own
    /// (relative when it is): `Examples/BriefingPack` for `Examples/BriefingPack/wib.yml`.
    public var directory: String { (path as NSString).deletingLastPathComponent }

    /// Reads and parses the file at `path`.
    public static func load(_ path: String) throws(Diagnostic) -> PipelineFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            guard exists else { throw .error("no pipeline file \(path); write one (see `wib run --help`) or pass --config FILE", path: nil) }
            throw .error("cannot read the pipeline file (permissions?)", path: path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .error("the pipeline file is not UTF-8 text", path: path, line: 1) }
        return try PipelineFile(yaml: text, path: path)
    }

    /// Parses `yaml`, the contents of the file at `path`.
    public init(yaml: String, path: String) throws(Diagnostic) {
        self.path = path
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw PipelineFile.diagnostic(for: error, in: yaml, path: path)
        } catch {
            throw .error("not valid YAML: \(error)", path: path, line: 1)
        }
        guard let root, case .mapping(let mapping) = root else {
            throw .error("a pipeline file is a mapping with the keys \(PipelineFile.keys.joined(separator: ", ")); this one is \(root == nil ? "empty" : "not a mapping")",
                         path: path, line: root?.mark?.line ?? 1)
        }
        var inputs: [String] = []
        var exclude: [GlobPattern] = []
        var output: String?
        var steps: [PipelineStep]?
        var from: InputKind?
        var encoding: TextEncoding?
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line
            guard let key = keyNode.scalar?.string, PipelineFile.keys.contains(key) else {
                throw .error("unknown key '\(keyNode.scalar?.string ?? "?")'; the keys are: \(PipelineFile.keys.joined(separator: ", "))", path: path, line: line)
            }
            guard seen.insert(key).inserted else { throw .error("'\(key)' is given twice", path: path, line: line) }
            switch key {
            case "inputs":
                inputs = try PipelineFile.strings(value, key: key, path: path)
            case "exclude":
                for pattern in try PipelineFile.strings(value, key: key, path: path) {
                    guard let glob = GlobPattern(pattern) else { throw .error("'exclude' lists patterns such as '*.bak' or 'drafts'; an empty one matches nothing", path: path, line: value.mark?.line ?? line) }
                    exclude.append(glob)
                }
            case "output":
                guard let text = value.scalar?.string, !text.isEmpty else { throw .error("'output' is a folder name", path: path, line: value.mark?.line ?? line) }
                output = text
            case "from":
                guard let kind = value.scalar.flatMap({ InputKind(name: $0.string) }) else {
                    throw .error("'from' is the kind every input is read as: \(InputKind.allCases.map(\.name).joined(separator: ", "))", path: path, line: value.mark?.line ?? line)
                }
                from = kind
            case "encoding":
                guard let named = value.scalar.flatMap({ TextEncoding(name: $0.string) }) else {
                    throw .error("'encoding' is the encoding of inputs that are not UTF-8: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))", path: path, line: value.mark?.line ?? line)
                }
                encoding = named
            default:
                steps = try PipelineFile.steps(value, path: path, line: line)
            }
        }
        guard let steps else { throw .error("the file has no 'pipeline' list of steps", path: path, line: 1) }
        self.inputs = inputs
        self.exclude = exclude
        self.output = output
        self.steps = steps
        self.from = from
        self.encoding = encoding
    }

    /// The pipeline, with each step built by `registry`.
    public func pipeline(registry: TransformerRegistry = .standard) throws(Diagnostic) -> Pipeline {
        var stages: [Pipeline.Stage] = []
        for step in steps {
            stages.append(Pipeline.Stage(try registry.make(step, path: path), path: path, line: step.line))
        }
        return Pipeline(stages: stages)
    }

    /// `relative` resolved against the file's folder.
    public func resolve(_ relative: String) -> String {
        guard !relative.hasPrefix("/"), !directory.isEmpty else { return relative }
        return (directory as NSString).appendingPathComponent(relative)
    }

    private static func strings(_ node: Node, key: String, path: String) throws(Diagnostic) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                guard let text = item.scalar?.string else { throw .error("'\(key)' lists file or folder names", path: path, line: item.mark?.line) }
                items.append(text)
            }
            return items
        default:
            throw .error("'\(key)' is a file or folder name, or a list of them", path: path, line: node.mark?.line)
        }
    }

    private static func steps(_ node: Node, path: String, line: Int?) throws(Diagnostic) -> [PipelineStep] {
        guard case .sequence(let sequence) = node else {
            throw .error("'pipeline' is a list of steps, each a transformer's name or {name: options}", path: path, line: node.mark?.line ?? line)
        }
        var steps: [PipelineStep] = []
        for item in sequence {
            let line = item.mark?.line
            switch item {
            case .scalar(let scalar):
                steps.append(PipelineStep(name: scalar.string, line: line))
            case .mapping(let mapping):
                guard mapping.count == 1, let (key, value) = mapping.first, let name = key.scalar?.string else {
                    let names = mapping.keys.compactMap { $0.scalar?.string }.joined(separator: ", ")
                    throw .error("a step names one transformer, as `- name: options`; this one names \(names); start each step with its own `-`", path: path, line: line)
                }
                steps.append(PipelineStep(name: name, options: try optionValue(value, path: path), line: key.mark?.line ?? line))
            default:
                throw .error("a step is a transformer's name or {name: options}", path: path, line: line)
            }
        }
        guard !steps.isEmpty else { throw .error("the pipeline has no steps", path: path, line: node.mark?.line ?? line) }
        return steps
    }

    /// A node as an option value; `nil` for an empty value (`- annotate:`).
    private static func optionValue(_ node: Node, path: String) throws(Diagnostic) -> OptionValue? {
        let line = node.mark?.line
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, node.null != nil { return nil }
            return .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            var items: [OptionValue] = []
            for item in sequence {
                guard let value = try optionValue(item, path: path) else { throw .error("a list item is empty", path: path, line: item.mark?.line ?? line) }
                items.append(value)
            }
            return OptionValue(.list(items), line: line)
        case .mapping(let mapping):
            var entries: [OptionValue.Entry] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { throw .error("an option's name is a plain word", path: path, line: key.mark?.line) }
                let keyLine = key.mark?.line ?? line
                let option = try optionValue(value, path: path) ?? .scalar("", line: keyLine)
                entries.append(OptionValue.Entry(key: name, value: OptionValue(option.content, line: keyLine)))
            }
            return OptionValue(.mapping(entries), line: line)
        case .alias:
            throw .error("YAML aliases are not supported in a pipeline file", path: path, line: line)
        }
    }

    private static func diagnostic(for error: YamlError, in yaml: String, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .error("not valid YAML: \(problem)", path: path, line: mark.line)
        case .reader(let problem, _, _, _):
            return .error("not valid YAML: \(problem)", path: path, line: 1)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams locates the mapping; the line users need is the key's second appearance.
            let key = duplicates.first ?? ""
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { $0.element.drop { $0 == " " || $0 == "-" }.hasPrefix("\(key):") }.map { $0.offset + 1 }
            return .error("'\(key)' is given twice in one mapping", path: path, line: lines.dropFirst().first ?? context.mark.line)
        default:
            return .error("not valid YAML: \(error)", path: path, line: 1)
        }
    }
}
