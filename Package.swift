// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "WIBKit",
    // swift-subprocess, which runs external filters, needs macOS 13.
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "WIBKit", targets: ["WIBKit"]),
        .library(name: "WIBCommandLine", targets: ["WIBCommandLine"]),
        .executable(name: "wib", targets: ["wib"]),
        .plugin(name: "WIBExport", targets: ["WIBExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `swift package generate-documentation --target WIBKit`: the catalogue is Sources/WIBKit/WIBKit.docc,
        // and the code it shows is in Snippets/, which SwiftPM builds as programs (swift test runs them).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "WIBCore"),
        .target(name: "WIBMarkdown", dependencies: ["WIBCore", "CCmarkGFM"]),
        .target(name: "WIBMarkup", dependencies: ["CLibXML2"]),
        .target(name: "WIBReaders", dependencies: ["WIBCore", "WIBMarkdown", "WIBMarkup", "Yams"]),
        .target(name: "WIBAnnotators", dependencies: ["WIBCore"]),
        .target(name: "WIBExporters", dependencies: ["WIBCore", "WIBMarkdown", "WIBAnnotators", "Yams"], exclude: ["JSON/post.schema.json"]),
        .target(name: "WIBKit", dependencies: [
            "WIBCore", "WIBMarkdown", "WIBReaders", "WIBAnnotators", "WIBExporters", "Yams",
            .product(name: "Subprocess", package: "swift-subprocess"),
            .product(name: "SystemPackage", package: "swift-system"),
        ]),
        .target(name: "WIBArchive", dependencies: ["WIBKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "WIBCommandLine",
            dependencies: ["WIBKit", "WIBArchive", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "wib", dependencies: ["WIBCommandLine"]),
        .plugin(
            name: "WIBExport",
            capability: .command(
                intent: .custom(verb: "wib-export", description: "Run the package's wib.yml pipeline and write its briefing packs and exports."),
                permissions: [.writeToPackageDirectory(reason: "wib-export writes the pipeline's outputs (briefing packs, Markdown, JSON) into the package.")]
            ),
            dependencies: ["wib"]
        ),

        .target(name: "WIBTestSupport", dependencies: ["WIBReaders", "WIBAnnotators", "Yams"], path: "Tests/WIBTestSupport"),
        .executableTarget(name: "wib-accuracy", dependencies: ["WIBTestSupport"], path: "Benchmarks/Accuracy"),
        .executableTarget(name: "wib-bench", dependencies: ["WIBKit"], path: "Benchmarks/Throughput"),
        .executableTarget(name: "wib-archive-bench", dependencies: ["WIBArchive"], path: "Benchmarks/Archive"),
        // libFuzzer targets: built only by Fuzz/run (swift build --sanitize=fuzzer), which gives them libFuzzer's main.
        .executableTarget(name: "wib-fuzz-readers", dependencies: ["WIBKit"], path: "Fuzz/ReaderFuzzer",
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .testTarget(name: "WIBCoreTests", dependencies: ["WIBCore", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "WIBMarkdownTests", dependencies: ["WIBMarkdown", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "WIBMarkupTests", dependencies: ["WIBMarkup"]),
        .testTarget(name: "WIBAnnotatorsTests", dependencies: ["WIBAnnotators", "WIBReaders", "WIBTestSupport"]),
        .testTarget(name: "WIBReadersTests", dependencies: ["WIBReaders", "WIBTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "WIBExportersTests", dependencies: ["WIBExporters", "WIBReaders", "WIBAnnotators", "WIBMarkdown", "WIBTestSupport", "Yams"]),
        .testTarget(name: "WIBKitTests", dependencies: ["WIBKit", "WIBTestSupport"]),
        .testTarget(name: "WIBArchiveTests", dependencies: ["WIBArchive", "WIBTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: ["wib", "wib-fuzz-readers", "WIBTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
