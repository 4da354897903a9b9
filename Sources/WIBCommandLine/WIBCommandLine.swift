import ArgumentParser
import Foundation
import WIBKit

/// Runs the `wib` command line, with the exit codes of the command-line and JSON reference
/// (Sources/WIBKit/WIBKit.docc/CommandLineAndJSONReference.md): 0 success, 1 input errors, 2 usage
/// errors.
///
/// A package with its own transformers makes its own executable that calls this with them, and so
/// gets the whole `wib` command line (and the `wib-export` plugin, which prefers it) with its
/// transformers usable from pipeline files:
///
/// ```swift
/// // Sources/wib-sanctions/main.swift
/// import WIBCommandLine
/// await WIBCommandLine.main(transformers: [TagSanctions.self])
/// ```
public enum WIBCommandLine {
    /// The registry of the running command: the built-in transformers and the caller's.
    @TaskLocal static var registry = TransformerRegistry.standard

    /// Parses `arguments` (the process's own when `nil`), runs the command with `transformers`
    /// registered beside the built-in ones, and exits.
    public static func main(_ arguments: [String]? = nil, transformers: [any ConfigurableTransformer.Type] = []) async -> Never {
        var registry = TransformerRegistry.standard
        for type in transformers {
            do throws(Diagnostic) {
                try registry.register(type)
            } catch {
                StandardError.write(["wib: \(error.message)"])
                exit(2)
            }
        }
        _ = signalSources
        var parsed: (any ParsableCommand.Type)?
        do {
            var command = try WibCommand.parseAsRoot(arguments)
            parsed = type(of: command)
            try await $registry.withValue(registry) {
                if var asyncCommand = command as? AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            }
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let error as ValidationError where parsed != nil && parsed != WibCommand.self {
            // Found while running, after parsing: the usage shown is the command's own.
            StandardError.write([usageError(error.message, command: parsed ?? WibCommand.self)])
            exit(2)
        } catch {
            if WibCommand.exitCode(for: error) == .success {
                print(WibCommand.fullMessage(for: error))
                exit(0)
            }
            StandardError.write([WibCommand.fullMessage(for: error)])
            exit(2)
        }
    }

    /// `message` as argument-parser shows a usage error, with the usage of `command` (`wib convert`).
    static func usageError(_ message: String, command: any ParsableCommand.Type) -> String {
        let help = WibCommand.helpMessage(for: command).split(separator: "\n", omittingEmptySubsequences: false)
        let start = help.firstIndex { $0.hasPrefix("USAGE: ") } ?? help.startIndex
        let usage = help[start...].prefix { !$0.isEmpty }.joined(separator: "\n").replacingOccurrences(of: "USAGE: ", with: "Usage: ")
        let name = usage.dropFirst("Usage: ".count).split(separator: " ").prefix(2).joined(separator: " ")
        return "Error: \(message)\n\(usage)\n  See '\(name) --help' for more information."
    }

    /// Makes Ctrl-C, `kill` and a closed terminal end the run cleanly: the external filters
    /// running are stopped with what they started (``RunningPrograms``), the temporary files
    /// being written are removed (``PendingWrites``), and the process exits with 128 + the
    /// signal's number, as shells expect. The sources live as long as the process.
    nonisolated(unsafe) static let signalSources: [any DispatchSourceSignal] = {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                RunningPrograms.shared.killAll()
                PendingWrites.shared.removeAll()
                exit(128 + number)
            }
            source.activate()
            return source
        }
    }()
}
