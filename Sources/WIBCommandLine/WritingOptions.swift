import ArgumentParser

/// The options of every command that writes files.
struct WritingOptions: ParsableArguments {
    @Flag(name: .long, help: "Replace files in the way that wib did not write, or that were changed since it did. Inputs are never replaced.")
    var overwrite = false
}
