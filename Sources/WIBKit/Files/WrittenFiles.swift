import Foundation

/// The record of what wib wrote into an output folder: the hidden file `.wib-written` in it lists
/// each file written, relative to the folder, with a hash of the bytes written.
///
/// That is how wib recognises its own outputs when it reads a folder: a file the record lists,
/// still holding the bytes wib wrote, is wib's and not the user's. Edited since, it is the
/// user's again. Lines are `HASH PATH` (the 64-bit FNV-1a hash of the contents in 16 hex digits,
/// one space, the path); lines of another shape are ignored, so a damaged record costs only
/// recognition, never a run.
public struct WrittenFiles: Sendable, Hashable {
    /// The record's file name inside the output folder.
    public static let fileName = ".wib-written"

    /// The hash of each file written, by path relative to the folder.
    public private(set) var hashes: [String: String]

    /// An empty record.
    public init() {
        hashes = [:]
    }

    /// The record in `folder`; empty when there is none or it cannot be read.
    public init(in folder: URL) {
        self.init()
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(WrittenFiles.fileName).path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 16 else { continue }
            hashes[String(parts[1])] = String(parts[0])
        }
    }

    /// Whether the file at `relativePath` holds exactly the bytes wib wrote there.
    public func isUnchanged(_ relativePath: String, in folder: URL) -> Bool {
        guard let recorded = hashes[relativePath],
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relativePath).path) else { return false }
        return recorded == WrittenFiles.hash(Array(data))
    }

    /// Records that the file at `relativePath` was written with contents of hash `hash` (a
    /// ``ContentHash``'s ``ContentHash/digest``).
    public mutating func record(_ relativePath: String, hash: String) {
        hashes[relativePath] = hash
    }

    /// The record's text: one line per file, sorted by path.
    public var text: String {
        hashes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\n" }.joined()
    }

    /// The 64-bit FNV-1a hash of `bytes`, in 16 lower-case hex digits.
    static func hash(_ bytes: [UInt8]) -> String {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.digest
    }

    /// The hash a record keeps of a file's bytes (64-bit FNV-1a), taken piece by piece as the
    /// file is written.
    public struct ContentHash: Sendable {
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325

        /// The hash of no bytes.
        public init() {}

        /// Adds `bytes`, after those added before.
        public mutating func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                value ^= UInt64(byte)
                value &*= 0x0000_0100_0000_01b3
            }
        }

        /// The hash of the bytes added, in 16 lower-case hex digits.
        public var digest: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
