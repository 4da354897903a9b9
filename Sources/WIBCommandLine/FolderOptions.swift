import ArgumentParser
import WIBKit

/// The options of every command that reads folders: what to leave out of them.
struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Leave out of the folders read the files and folders this glob matches: a pattern without / is matched against names ('drafts', '*.bak.txt'), one with / against the path below the folder named ('2019/*'). Repeatable.",
        valueName: "glob"))
    var exclude: [String] = []

    /// The patterns.
    var patterns: [GlobPattern] { exclude.compactMap(GlobPattern.init) }

    func validate() throws {
        if exclude.contains(where: \.isEmpty) { throw ValidationError("--exclude needs a pattern, such as '*.bak' or 'drafts'") }
    }
}
