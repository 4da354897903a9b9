import ArgumentParser
import WIBKit

/// `wib transformers`: every registered transformer, its options and what it does.
struct TransformersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transformers",
        abstract: "List the transformers a pipeline file can use, with their options."
    )

    func run() {
        print(TransformersCommand.listing(WIBCommandLine.registry), terminator: "")
    }

    /// The listing of `registry`: each transformer's name and summary, then each option with its
    /// type and default (`timeout: number (default: 60)`) and its help.
    static func listing(_ registry: TransformerRegistry) -> String {
        var lines: [String] = []
        for type in registry.types {
            lines.append("\(type.name)")
            lines.append("    \(type.summary)")
            if let shorthand = type.shorthandOption?.name {
                lines.append("    Shorthand: - \(type.name): VALUE sets '\(shorthand)'.")
            }
            let options = type.options
            for option in options {
                lines.append("    \(option.synopsis)")
                lines.append("        \(option.help)")
            }
            if options.isEmpty { lines.append("    (no options)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
