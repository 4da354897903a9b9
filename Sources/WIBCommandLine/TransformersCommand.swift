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

    /// The listing of `registry`.
    static func listing(_ registry: TransformerRegistry) -> String {
        var lines: [String] = []
        for type in registry.types {
            lines.append("\(type.name)")
            lines.append("    \(type.summary)")
            if let shorthand = type.shorthand {
                lines.append("    Shorthand: - \(type.name): VALUE sets '\(shorthand)'.")
            }
            for option in type.options {
                lines.append("    \(option.name): \(option.valueSyntax)")
                lines.append("        \(option.summary)")
            }
            if type.options.isEmpty { lines.append("    (no options)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
