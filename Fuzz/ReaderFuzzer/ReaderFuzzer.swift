import WIBKit

/// libFuzzer's entry point: every reader on the same bytes (the kind is sniffed from them, so
/// the fuzzer reaches each reader by itself), then the post annotated, rendered as Markdown and
/// HTML, and the Markdown read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let posts = try? PostReader().read(bytes: bytes, path: "fuzz") else { return 0 }
    for post in posts.prefix(4) {
        let annotated = StandardAnnotators.annotate(post)
        guard let markdown = try? MarkdownExporter().export(annotated) else { continue }
        _ = try? HTMLExporter().export(annotated)
        _ = try? PostReader().read(bytes: Array(markdown.utf8), path: "fuzz.md")
    }
    return 0
}

#if !FUZZING
import Foundation

/// Without libFuzzer (`swift build` as usual), the target replays inputs instead:
/// `wib-fuzz-readers FILE…` runs each file through the fuzz entry point, as a crash found by the
/// fuzzer is checked again.
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("wib-fuzz-readers: cannot read \(path)\n".utf8))
                exit(1)
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { buffer in fuzz(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count) }
        }
    }
}
#endif
