extension Substring {
    /// The first place at or after `start` where `byte` (ASCII, so never inside a multi-byte
    /// character) is among the text's UTF-8 bytes; searched in the bytes' storage when they lie
    /// in one piece, as a native string's do.
    func firstIndex(ofASCII byte: UInt8, from start: Index) -> Index? {
        let rest = utf8[start...]
        let offset = rest.withContiguousStorageIfAvailable { $0.firstIndex(of: byte) }
            ?? rest.firstIndex(of: byte).map { rest.distance(from: start, to: $0) }
        return offset.map { rest.index(start, offsetBy: $0) }
    }

    /// The first place where the bytes of `needle` (which starts with an ASCII character) are
    /// among the text's UTF-8 bytes.
    func firstRange(ofBytes needle: String) -> Range<Index>? {
        guard let lead = needle.utf8.first else { return nil }
        var from = startIndex
        while let start = firstIndex(ofASCII: lead, from: from) {
            if utf8[start...].starts(with: needle.utf8) { return start..<utf8.index(start, offsetBy: needle.utf8.count) }
            from = utf8.index(after: start)
        }
        return nil
    }
}
