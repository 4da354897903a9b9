import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory wib-export [--config F] [--tool NAME] [--output DIR] [INPUT…]`
///
/// Runs the package's pipeline file (`wib.yml`, or `--config`) with `wib run`, from the package's
/// folder, passing the other arguments through. When the package has an executable product that
/// depends on `WIBCommandLine` (a `wib` with the package's own transformers), that one runs;
/// otherwise the stock `wib` does.
@main
struct WIBExport: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let config = extractor.extractOption(named: "config").last ?? "wib.yml"
        let toolName = extractor.extractOption(named: "tool").last
        let passed = extractor.remainingArguments
        let directory = context.package.directoryURL
        if passed.contains("--help") || passed.contains("-h") {
            try help(tool: try executable(context: context, named: toolName).0)
            return
        }

        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(config).path) || config.hasPrefix("/") else {
            throw PluginFailure("no pipeline file \(config) in \(directory.path); write one (see `wib run --help`) or pass --config FILE")
        }
        let (tool, shownName) = try executable(context: context, named: toolName)
        print("wib-export: running \(shownName) run --config \(config) \(passed.joined(separator: " "))")

        let process = Process()
        process.executableURL = tool
        process.arguments = ["run", "--config", config] + passed
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let written = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PluginFailure("the pipeline failed (exit status \(process.terminationStatus)); nothing was written")
        }
        for path in written { print("wib-export: wrote \(path.hasPrefix("/") ? path : directory.appendingPathComponent(path).path)") }
        if written.isEmpty { print("wib-export: the pipeline wrote no files (does it end with an export step?)") }
    }

    /// Prints the plugin's usage and then `wib run --help`, which describes the other options.
    private func help(tool: URL) throws {
        print("""
            USAGE: swift package --allow-writing-to-package-directory wib-export [--config <file>] [--tool <name>] [<wib run options>]

            Runs the package's pipeline file (wib.yml, or --config) with `wib run` in the package's folder.
            --tool chooses which of the package's executables built on WIBCommandLine runs it.
            The other options are those of `wib run`:

            """)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["run", "--help"]
        try process.run()
        process.waitUntilExit()
    }

    /// The package's own `wib` (an executable product that depends on WIBCommandLine), built
    /// now, or the stock one; and its name.
    private func executable(context: PluginContext, named name: String?) throws -> (URL, String) {
        let own = context.package.products.compactMap { $0 as? ExecutableProduct }.filter { product in
            product.targets.contains { WIBExport.dependsOnCommandLine($0, seen: []) }
        }
        let chosen: ExecutableProduct?
        if let name {
            if name == "wib" { return (try context.tool(named: "wib").url, "wib") }
            guard let product = own.first(where: { $0.name == name }) else {
                throw PluginFailure("--tool \(name): the package has no executable product of that name that depends on WIBCommandLine; its are: \(own.map(\.name).joined(separator: ", "))")
            }
            chosen = product
        } else if own.count > 1 {
            throw PluginFailure("the package has several executables built on WIBCommandLine (\(own.map(\.name).joined(separator: ", "))); choose one with --tool NAME")
        } else {
            chosen = own.first
        }
        guard let product = chosen else { return (try context.tool(named: "wib").url, "wib") }
        print("wib-export: building \(product.name), the package's own wib")
        let result = try packageManager.build(.product(product.name), parameters: .init(configuration: .debug, logging: .concise))
        guard result.succeeded else {
            print(result.logText)
            throw PluginFailure("building \(product.name) failed")
        }
        guard let artifact = result.builtArtifacts.first(where: { $0.kind == .executable }) else {
            throw PluginFailure("building \(product.name) gave no executable")
        }
        return (artifact.url, product.name)
    }

    /// Whether `target` depends on the WIBCommandLine product, directly or through its targets.
    private static func dependsOnCommandLine(_ target: Target, seen: Set<String>) -> Bool {
        guard !seen.contains(target.name) else { return false }
        return target.dependencies.contains { dependency in
            switch dependency {
            case .product(let product): product.name == "WIBCommandLine"
            case .target(let inner): dependsOnCommandLine(inner, seen: seen.union([target.name]))
            @unknown default: false
            }
        }
    }
}

/// A failure the plugin reports in one line.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = "wib-export: \(description)"
    }
}
