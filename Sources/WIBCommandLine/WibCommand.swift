import ArgumentParser

/// The root `wib` command.
public struct WibCommand: ParsableCommand {
    /// The command's name, help, version and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "wib",
        abstract: "Turn What's In Blue posts into structured data, clean Markdown and briefing packs.",
        discussion: """
        Exit codes: 0 success; 1 input errors, each printed as PATH:LINE: error: MESSAGE; 2 usage errors.
        """,
        version: WibCommand.version,
        subcommands: [ConvertCommand.self, PackCommand.self, RunCommand.self, TransformersCommand.self,
                      IndexCommand.self, QueryCommand.self, StatsCommand.self, DiffCommand.self, SyncCommand.self]
    )

    /// The version `wib --version` prints.
    public static let version = "0.1.0"

    /// Creates the command (ArgumentParser fills it in).
    public init() {}
}
