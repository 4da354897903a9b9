import Foundation

/// Reads many inputs on every core, giving each input's posts (or the error that stopped it)
/// in the inputs' order. A briefing pack wib wrote (`PackSignature`) found in a folder gives
/// no posts; named by the user, it is an error. Posts read from WIBKit's JSON leave behind the
/// warnings it carries (said of the file they were first read from).
public struct InputReading: Sendable {
    /// What one input gave.
    public struct Reading: Sendable {
        /// The input.
        public var input: InputFile
        /// Its posts, or why it could not be read.
        public var result: Result<[Post], Diagnostic>
    }

    /// The reader.
    public var reader: PostReader
    /// How many inputs are read at once.
    public var width: Int

    /// Creates a reading.
    public init(reader: PostReader = PostReader(), width: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.reader = reader
        self.width = width
    }

    /// Reads `inputs`; `standardInput` supplies the bytes of `-` (read once, first).
    public func read(_ inputs: [InputFile], standardInput: () -> [UInt8],
                     progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> [Reading] {
        let stdin = inputs.contains(.standardInput) ? standardInput() : []
        let reader = reader
        return await Batch(width: width, progress: progress).map(inputs) { input in
            do throws(Diagnostic) {
                let source = try SourceText(bytes: try input.bytes(standardInput: { stdin }), path: input.path, encoding: reader.encoding)
                if input.foundInFolder, PackSignature.matches(source) { return Reading(input: input, result: .success([])) }
                var posts = try reader.read(source)
                // The warnings a post's JSON carries were said of the file it was first read
                // from; a run reports what it finds itself.
                if posts.contains(where: { !$0.diagnostics.isEmpty }), (reader.kind ?? InputKind.detect(source)) == .json {
                    for index in posts.indices { posts[index].diagnostics = [] }
                }
                return Reading(input: input, result: .success(posts))
            } catch {
                return Reading(input: input, result: .failure(error))
            }
        }
    }
}
