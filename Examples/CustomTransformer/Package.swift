// swift-tools-version:6.0
import PackageDescription

// A user's own transformer, `tag-sanctions`, in its own module, run from a wib.yml through the
// `wib-export` plugin. The plugin finds `wib-sanctions` (an executable that depends on
// WIBCommandLine) and runs it instead of the stock `wib`. Run, in this folder:
//
//     swift package --allow-writing-to-package-directory wib-export
let package = Package(
    name: "CustomTransformer",
    products: [
        .executable(name: "wib-sanctions", targets: ["wib-sanctions"]),
    ],
    dependencies: [
        .package(name: "WIBKit", path: "../.."),
    ],
    targets: [
        .target(name: "SanctionsTagger", dependencies: [.product(name: "WIBKit", package: "WIBKit")]),
        .executableTarget(
            name: "wib-sanctions",
            dependencies: ["SanctionsTagger", .product(name: "WIBCommandLine", package: "WIBKit")]
        ),
    ]
)
