import ArgumentParser
import WIBKit

/// How inputs are read, for every command that reads posts: `--from KIND` and `--encoding NAME`.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read every input as this kind instead of telling it from its content.",
        valueName: "kind"))
    var from: InputKind?

    @Option(name: .long, help: ArgumentHelp(
        "Read inputs that are not UTF-8 in this encoding; UTF-8 files and files with a byte order mark are read as such.",
        valueName: "name"))
    var encoding: TextEncoding?

    /// `reader` with the kind and encoding given on the command line, where they are given.
    func reader(over reader: PostReader = PostReader()) -> PostReader {
        var reader = reader
        if let from { reader.kind = from }
        if let encoding { reader.encoding = encoding }
        return reader
    }
}

extension InputKind: ExpressibleByArgument {
    /// The kind `--from` names (``InputKind/init(name:)``).
    public init?(argument: String) { self.init(name: argument) }
    /// The short names, for help and shell completion.
    public static var allValueStrings: [String] { allCases.map(\.name) }
    /// What each short name reads, for help.
    public static var allValueDescriptions: [String: String] {
        [InputKind.plainText.name: "a post copied from the site as plain text",
         InputKind.html.name: "a web page saved from the site",
         InputKind.feed.name: "an RSS or Atom feed",
         InputKind.markdown.name: "Markdown: WIBKit's, or another tool's (front matter, a % title block or a heading first)",
         InputKind.json.name: "WIBKit's JSON"]
    }
}

extension TextEncoding: ExpressibleByArgument {
    /// The encoding `--encoding` names (``TextEncoding/init(name:)``).
    public init?(argument: String) { self.init(name: argument) }
}
