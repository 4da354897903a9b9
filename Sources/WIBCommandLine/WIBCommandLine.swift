import ArgumentParser
import Foundation

/// Runs the `wib` command line, with the exit codes of CONTRACT.md: 0 success, 1 input errors,
/// 2 usage errors.
public enum WIBCommandLine {
    /// Parses `arguments` (the process's own when `nil`), runs the command and exits.
    public static func main(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try WibCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            if WibCommand.exitCode(for: error) == .success {
                print(WibCommand.fullMessage(for: error))
                exit(0)
            }
            StandardError.write([WibCommand.fullMessage(for: error)])
            exit(2)
        }
    }
}
