import ArgumentParser

/// `--archive DIR`, for every command that works on an archive.
struct ArchiveOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive's folder (it holds archive.sqlite).", valueName: "dir"))
    var archive: String
}
