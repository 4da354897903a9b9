// swift-tools-version:6.0
import PackageDescription

// A package of posts and a pipeline file, with WIBKit as its only dependency: WIBKit brings
// the `wib-export` command plugin. Run, in this folder:
//
//     swift package --allow-writing-to-package-directory wib-export
let package = Package(
    name: "BriefingPack",
    dependencies: [
        .package(path: "../.."),
    ],
    targets: []
)
